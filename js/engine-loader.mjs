// Loads the WebAssembly engine (glasspy.js + glasspy.wasm, built by scripts/build-wasm) in
// Node or a browser, once per folder, and hands back the Embind module. Used by glasspy.mjs.
//
// How one build serves both: emcc emits a MODULARIZE'd CommonJS/UMD factory
// (`createGlasspyModule`), because emcc 3.1.6's -sEXPORT_ES6 output breaks under Node.
//  - Node: the factory is require()d; the .wasm bytes are read from disk and compiled here
//    (the generated loader would fetch() a file path, which Node's fetch cannot do).
//  - Browser: the .wasm download and streaming compilation start at once, in parallel with
//    the factory script (a <script> element; importScripts in a classic worker; fetch and
//    evaluate in a module worker).
// Either way the compiled module is handed to the factory through `instantiateWasm`.

const kFactoryName = 'createGlasspyModule';

export const isNode =
  typeof process === 'object' && typeof process.versions?.node === 'string' && typeof window === 'undefined';

// Loaded modules by base URL: a page shares one wasm instance between all its interpreters.
const loaded = new Map();

// The folder holding glasspy.js and glasspy.wasm when no baseUrl is given: build/wasm/ beside
// this package's js/ folder, in the repository and in the published package alike (the dev
// server serves the repository's layout). A variable, not a literal: bundlers would warn
// that a folder is no asset (a bundled page passes its own baseUrl).
const kDefaultFolder = '../build/wasm/';

export function defaultBaseUrl() {
  return new URL(kDefaultFolder, import.meta.url);
}

/** Loads (or returns the already loading) Embind module of the folder `baseUrl`. */
export function loadModule(options = {}) {
  const base = resolveBase(options.baseUrl);
  let module = loaded.get(base.href);
  if (!module) {
    module = instantiate(base, options);
    loaded.set(base.href, module);
    module.catch(() => loaded.delete(base.href)); // a failed load may be retried
  }
  return module;
}

/** Forgets a loaded module so that the next load instantiates it afresh (after a trap). */
export function forgetModule(baseUrl) {
  loaded.delete(resolveBase(baseUrl).href);
}

function resolveBase(baseUrl) {
  let url;
  if (baseUrl === undefined || baseUrl === null) url = defaultBaseUrl();
  else if (baseUrl instanceof URL) url = new URL(baseUrl.href);
  else url = new URL(baseUrl, defaultRelativeBase());
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

// What a relative baseUrl is relative to: the page (or worker) in a browser, the current
// directory in Node.
function defaultRelativeBase() {
  if (isNode) {
    const cwd = new URL('file:///');
    cwd.pathname = `${process.cwd().replace(/\/$/, '')}/`; // the setter percent-encodes
    return cwd.href;
  }
  return globalThis.document?.baseURI ?? globalThis.location?.href ?? import.meta.url;
}

async function instantiate(base, options) {
  const jsUrl = new URL('glasspy.js', base);
  const wasmUrl = new URL('glasspy.wasm', base);
  // A module compiled elsewhere (e.g. by the page, for its worker) is used as it is.
  const compiled = options.wasmModule
    ? Promise.resolve(options.wasmModule)
    : isNode
      ? compileFromFile(wasmUrl)
      : compileStreaming(wasmUrl);
  compiled.catch(() => {}); // reported below, once the factory has loaded
  const factory = isNode ? await requireFactory(jsUrl) : await loadFactoryScript(jsUrl);

  // Emscripten's ready promise never settles if instantiateWasm fails: race a rejection.
  let failInstantiate;
  const failed = new Promise((_, reject) => (failInstantiate = reject));
  let memory = null;
  let wasmModule = null;
  const ready = factory({
    locateFile: (path) => new URL(path, base).href,
    instantiateWasm(imports, receiveInstance) {
      compiled
        .then((module) =>
          WebAssembly.instantiate(module, imports).then((instance) => {
            memory = findMemory(instance, imports);
            wasmModule = module;
            receiveInstance(instance, module);
          }),
        )
        .catch(failInstantiate);
      return {}; // exports arrive asynchronously through receiveInstance
    },
    ...(options.print && { print: options.print }),
    ...(options.printErr && { printErr: options.printErr }),
  });
  const native = await Promise.race([ready, failed]);
  // crashed: why the instance is unusable after a trap or an abort (set by interpreter.mjs).
  // wasmModule: the compiled WebAssembly.Module, which a worker can be given (no second compile).
  return { native, memory, wasmModule, baseUrl: base.href, crashed: null };
}

// The instance's linear memory, exported or imported (emcc may minify the names).
function findMemory(instance, imports) {
  for (const value of Object.values(instance.exports)) {
    if (value instanceof WebAssembly.Memory) return value;
  }
  for (const group of Object.values(imports)) {
    for (const value of Object.values(group)) {
      if (value instanceof WebAssembly.Memory) return value;
    }
  }
  return null;
}

// Node built-ins are imported through a variable so that browser bundlers leave them alone.
export const nodeImport = (specifier) => import(/* @vite-ignore */ specifier);

async function requireFactory(jsUrl) {
  const [{ createRequire }, { fileURLToPath }] = await Promise.all([nodeImport('node:module'), nodeImport('node:url')]);
  if (jsUrl.protocol !== 'file:') throw new Error(`Glasspy in Node loads from files, not ${jsUrl.href}`);
  const require = createRequire(import.meta.url);
  const factory = require(fileURLToPath(jsUrl));
  if (typeof factory !== 'function') throw new Error(`${jsUrl.href} does not export ${kFactoryName}`);
  return factory;
}

async function compileFromFile(wasmUrl) {
  const [{ readFile }, { fileURLToPath }] = await Promise.all([nodeImport('node:fs/promises'), nodeImport('node:url')]);
  return WebAssembly.compile(await readFile(fileURLToPath(wasmUrl)));
}

async function compileStreaming(wasmUrl) {
  const response = await fetchOk(wasmUrl);
  if (typeof WebAssembly.compileStreaming === 'function') {
    try {
      return await WebAssembly.compileStreaming(response);
    } catch (error) {
      // Most often a server that does not send application/wasm: compile from bytes.
      console.warn(`Glasspy: streaming compilation of ${wasmUrl.href} failed (${error.message}); retrying from bytes`);
    }
  }
  return WebAssembly.compile(await (await fetchOk(wasmUrl)).arrayBuffer());
}

async function fetchOk(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Glasspy: ${url.href}: HTTP ${response.status} ${response.statusText}`);
  return response;
}

// Runs the UMD factory script and returns the function it defines.
async function loadFactoryScript(jsUrl) {
  if (typeof document !== 'undefined') {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = jsUrl.href;
      script.async = true;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`Glasspy: could not load ${jsUrl.href}`));
      document.head.append(script);
    });
    return checkedFactory(globalThis[kFactoryName], jsUrl);
  }
  if (typeof importScripts === 'function') {
    try {
      importScripts(jsUrl.href); // classic worker
      return checkedFactory(globalThis[kFactoryName], jsUrl);
    } catch {
      // module workers have importScripts but refuse it: evaluate the text below
    }
  }
  const text = await (await fetchOk(jsUrl)).text();
  // Embind already needs dynamic code (it builds its invokers with new Function).
  const factory = new Function(`${text}\nreturn ${kFactoryName};\n//# sourceURL=${jsUrl.href}`)();
  return checkedFactory(factory, jsUrl);
}

function checkedFactory(factory, jsUrl) {
  if (typeof factory !== 'function') throw new Error(`Glasspy: ${jsUrl.href} did not define ${kFactoryName}`);
  return factory;
}
