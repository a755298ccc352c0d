// Glasspy's JavaScript API: loads the WebAssembly engine (glasspy.js + glasspy.wasm, built
// by scripts/build-wasm) in Node or a browser and wraps its Embind classes. Types: glasspy.d.mts.
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

const isNode =
  typeof process === 'object' && typeof process.versions?.node === 'string' && typeof window === 'undefined';

// Loaded engines by base URL: a page shares one wasm instance between all its interpreters.
const loaded = new Map();

/**
 * Loads the engine. `baseUrl` is the folder holding glasspy.js and glasspy.wasm; by default
 * the folder of this module (how the dev server and a distribution lay them out).
 */
export function loadGlasspy(options = {}) {
  const base = resolveBase(options.baseUrl);
  let engine = loaded.get(base.href);
  if (!engine) {
    engine = instantiate(base, options);
    loaded.set(base.href, engine);
    engine.catch(() => loaded.delete(base.href)); // a failed load may be retried
  }
  return engine;
}

// One interpreter (DESIGN decision 3: all state lives in it). Wraps the Embind object;
// call dispose() when done (a finalizer frees forgotten ones eventually).
export class Interpreter {
  #native;

  constructor(native) {
    this.#native = native;
    finalizer?.register(this, native, this);
  }

  // The engine's version string.
  get version() {
    return this.#live().version;
  }

  // What `python3 -m tokenize main.py` prints on standard output, main.py holding `source`.
  tokens(source) {
    return this.#live().tokens(source);
  }

  // What `python3 -m tokenize [-e] FILENAME` writes: { out, err, exitStatus }.
  tokenDump(source, { exact = false, filename = 'main.py' } = {}) {
    return this.#live().tokenDump(source, exact, filename);
  }

  // The tokens tokenize yields: [{ type, exact_type, string, start: [line, col], end }].
  tokenize(source) {
    return JSON.parse(this.#live().tokensJson(source));
  }

  // The parse of `source`: { dump, tree, error } — dump is ast.dump(tree, indent=4),
  // tree the nodes as data ({ type, pos: [line, col, end_line, end_col], fields }),
  // error a SyntaxError as data (with `formatted`, what python3 prints), or null.
  ast(source) {
    return JSON.parse(this.#live().astJson(source));
  }

  // Frees the engine-side interpreter; the object is unusable afterwards.
  dispose() {
    if (!this.#native) return;
    finalizer?.unregister(this);
    this.#native.delete();
    this.#native = null;
  }

  get disposed() {
    return this.#native === null;
  }

  #live() {
    if (!this.#native) throw new Error('Glasspy interpreter used after dispose()');
    return this.#native;
  }
}

if (typeof Symbol.dispose === 'symbol') {
  Interpreter.prototype[Symbol.dispose] = Interpreter.prototype.dispose;
}

const finalizer =
  typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry((native) => {
        if (!native.isDeleted()) native.delete();
      })
    : null;

function resolveBase(baseUrl) {
  let url;
  if (baseUrl === undefined) url = new URL('./', import.meta.url);
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
  const compiled = isNode ? compileFromFile(wasmUrl) : compileStreaming(wasmUrl);
  compiled.catch(() => {}); // reported below, once the factory has loaded
  const factory = isNode ? await requireFactory(jsUrl) : await loadFactoryScript(jsUrl);

  // Emscripten's ready promise never settles if instantiateWasm fails: race a rejection.
  let failInstantiate;
  const failed = new Promise((_, reject) => (failInstantiate = reject));
  const ready = factory({
    locateFile: (path) => new URL(path, base).href,
    instantiateWasm(imports, receiveInstance) {
      compiled
        .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module)))
        .catch(failInstantiate);
      return {}; // exports arrive asynchronously through receiveInstance
    },
    ...(options.print && { print: options.print }),
    ...(options.printErr && { printErr: options.printErr }),
  });
  const native = await Promise.race([ready, failed]);
  return {
    version: native.version(),
    createInterpreter: () => new Interpreter(new native.Interpreter()),
    native,
  };
}

// Node built-ins are imported through a variable so that browser bundlers leave them alone.
const nodeImport = (specifier) => import(/* @vite-ignore */ specifier);

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
