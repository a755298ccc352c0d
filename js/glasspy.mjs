// Glasspy's JavaScript API, for Node and browsers: loadGlasspy() gives an in-thread
// interpreter; GlasspyWorker (worker.mjs) the same API in a Web Worker. Types: glasspy.d.mts.
//
//   const py = await loadGlasspy({ stdout: (text) => ..., stderr: (text) => ... });
//   py.run('print("hi")', { filename: 'main.py' });   // { ok: true, exitCode: 0, error: null }
//   const other = py.createInterpreter();             // same wasm instance, own globals

import { loadModule } from './engine-loader.mjs';
import { Interpreter } from './interpreter.mjs';

export { Interpreter } from './interpreter.mjs';
export { GlasspyWorker } from './worker.mjs';

/**
 * Loads the engine (once per `baseUrl`: later calls share the wasm instance) and returns a
 * new interpreter with the given callbacks. `baseUrl` is the folder holding glasspy.js and
 * glasspy.wasm (default: build/wasm/ beside this package's js/ folder).
 */
export async function loadGlasspy(options = {}) {
  const module = await loadModule(options);
  return createInterpreter(module, options);
}

/** Loads the engine without creating an interpreter: { native, memory, baseUrl }. */
export function loadGlasspyModule(options = {}) {
  return loadModule(options);
}

function createInterpreter(module, options) {
  return new Interpreter(module, (more) => createInterpreter(module, more ?? {}), options);
}
