// Types for worker.mjs: GlasspyWorker (declared with the rest of the API in glasspy.d.mts).
export { GlasspyWorker, WorkerOptions, InputRequest, GlasspyWorkerEventMap, RunResult } from './glasspy.mjs';
