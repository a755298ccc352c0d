// A cold Node process that loads Glasspy and runs print("hi"): bench/startup/run.mjs times
// it from spawn to the first byte of "hi" on stdout. With --report it also prints (to
// stderr, as JSON) its own phases and the wasm memory after the run.
const started = performance.now();
const { loadGlasspy } = await import('../../js/glasspy.mjs');
const imported = performance.now();
const baseUrl = process.env.GLASSPY_WASM_DIR ? `${process.env.GLASSPY_WASM_DIR.replace(/\/$/, '')}/` : undefined;
const py = await loadGlasspy({ baseUrl });
const loaded = performance.now();
let firstOutput = null;
let cpuAtFirstOutput = null;
py.run('print("hi")\n', {
  stdout: (text) => {
    firstOutput ??= performance.now();
    cpuAtFirstOutput ??= process.cpuUsage();
    process.stdout.write(text);
  },
});
const ran = performance.now();
// How much of the memory is in use: a fresh 1 MiB block comes from the top of the heap
// (static data and the stack lie below it), so its address is about the high-water mark.
let heapTopBytes = null;
const { native } = py.module;
if (typeof native._malloc === 'function') {
  heapTopBytes = native._malloc(1 << 20);
  native._free(heapTopBytes);
}
if (process.argv.includes('--report')) {
  process.stderr.write(
    `${JSON.stringify({
      processToScript: started, // ms from the process's start to this script's first line
      importMs: imported - started,
      loadMs: loaded - imported,
      firstOutputMs: firstOutput - started,
      // CPU time of the whole process (Node's start included) at the first output: less
      // sensitive than wall time to a busy machine.
      cpuAtFirstOutputMs: (cpuAtFirstOutput.user + cpuAtFirstOutput.system) / 1000,
      runMs: ran - loaded,
      wasmMemoryBytes: py.module.memory?.buffer.byteLength ?? null,
      heapTopBytes,
    })}\n`,
  );
}
