// One in-thread Glasspy interpreter: runs programs (to the end, or in time slices with
// input() that may wait for a promise) and gives tokens, AST and bytecode as data. Wraps the
// Embind `Interpreter` of wasm-glue/bindings.cpp; glasspy.mjs creates these.

import { forgetModule, isNode } from './engine-loader.mjs';

const kDefaultFilename = 'main.py';
// Budgets are VM ticks (backward jumps and calls); runAsync adapts them so that one step
// takes about `sliceMs`.
const kFirstBudget = 2_000; // small: the first slice (and its output) comes soon
const kMinBudget = 1_000;
const kMaxBudget = 50_000_000;

export class Interpreter {
  #native;
  #module;
  #createSibling;
  // The output callbacks and what they threw. The engine's callbacks close over this object,
  // not over the interpreter, so that a forgotten interpreter can still be collected.
  #io;
  #input;
  #busy = false;
  #wakeSleep = null; // ends runAsync's time.sleep early (interrupt())

  /** Use loadGlasspy() or createInterpreter(); this constructor is internal. */
  constructor(module, createSibling, options = {}) {
    this.#module = module;
    this.#createSibling = createSibling;
    this.#native = new module.native.Interpreter();
    const io = {
      stdout: options.stdout ?? defaultSink('stdout'),
      stderr: options.stderr ?? defaultSink('stderr'),
      run: null, // the current run's own callbacks, if it was given some
      error: null, // the first exception a callback threw during a step
    };
    this.#io = io;
    this.#input = options.input ?? null;
    if (typeof this.#native.setOutput === 'function') {
      this.#native.setOutput(deliverer(io, 'stdout'), deliverer(io, 'stderr'));
    }
    finalizer?.register(this, this.#native, this);
  }

  /** The engine's version string. */
  get version() {
    return this.#live().version;
  }

  /** The loaded wasm module this interpreter lives in: { native, memory, baseUrl }. */
  get module() {
    return this.#module;
  }

  /** The Embind interpreter underneath (for tools and tests). */
  get native() {
    return this.#live();
  }

  /** A new, independent interpreter in the same wasm instance (own globals, own callbacks). */
  createInterpreter(options = {}) {
    return this.#createSibling(options);
  }

  /**
   * Runs `source` to the end on this thread and returns { ok, exitCode, error }. input()
   * calls `options.input` (or the constructor's `input`), which must answer synchronously:
   * a line without its "\n", or null for end of file; without one, input() sees end of file.
   */
  run(source, options = {}) {
    this.start(source, { ...options, blocking: true });
    const state = this.step(0);
    if (state.state !== 'done') throw new Error(`Glasspy: a run to the end stopped in state "${state.state}"`);
    return state.result;
  }

  /**
   * Runs `source` in slices of about `sliceMs` (default 10) ms, returning to the event loop
   * between them, and resolves to { ok, exitCode, error }. input() suspends the program
   * until `options.input(prompt)` (or the constructor's `input`) resolves to a line or null
   * (end of file). `options.signal` (an AbortSignal) or interrupt() raise KeyboardInterrupt.
   */
  async runAsync(source, options = {}) {
    this.start(source, { ...options, blocking: false });
    const signal = options.signal;
    const onAbort = () => this.interrupt();
    signal?.addEventListener('abort', onAbort);
    try {
      if (signal?.aborted) this.interrupt();
      const reader = options.input ?? this.#input;
      const sliceMs = options.sliceMs ?? 10;
      let budget = kFirstBudget;
      for (;;) {
        const started = performance.now();
        const state = this.step(budget);
        budget = nextBudget(budget, performance.now() - started, sliceMs, state.state === 'running');
        if (state.state === 'done') return state.result;
        if (state.state === 'input') this.provideInput(reader ? await reader(state.prompt) : null);
        else if (state.state === 'sleep') await sleepUnlessAborted(state.ms, signal, (wake) => (this.#wakeSleep = wake));
        else await yieldToEventLoop();
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (this.#busy) this.#endRun(); // an exception left the program unfinished
    }
  }

  /**
   * Starts a program without running it: step() runs it. With `blocking`, input() calls
   * `options.input` (or the constructor's) synchronously (null: end of file); otherwise
   * step() returns { state: "input", prompt } and provideInput() answers.
   */
  start(source, options = {}) {
    const native = this.#live();
    if (typeof native.start !== 'function') throw new Error('Glasspy: this wasm build cannot run programs');
    if (this.#busy) throw new Error('Glasspy: this interpreter is already running a program');
    this.#io.run = options.stdout || options.stderr ? { stdout: options.stdout, stderr: options.stderr } : null;
    this.#io.error = null;
    if (options.blocking) {
      const reader = options.input ?? this.#input;
      const io = this.#io;
      native.setInputReader((prompt) => readSync(io, reader, prompt));
    } else {
      native.setInputReader(null);
    }
    // time.sleep: `options.sleep(seconds)` (true: stop) if given; blocking runs otherwise
    // wait on this thread (Atomics.wait where allowed); suspending ones return "sleep".
    if (typeof native.setSleeper === 'function') {
      native.setSleeper(options.sleep ?? (options.blocking ? blockingSleep : null));
      native.setStopPoller(options.stopRequested ?? null);
    }
    native.start(String(source), options.filename ?? kDefaultFilename);
    this.#busy = true;
  }

  /**
   * Runs the started program for at most `budget` VM ticks (0: to the end or to input()):
   * { state: "running" } | { state: "input", prompt } | { state: "done", result }.
   */
  step(budget = 0) {
    const native = this.#live();
    if (!this.#busy) throw new Error('Glasspy: step() without a started program');
    let state;
    try {
      state = parseStep(native.step(budget));
    } catch (error) {
      this.#endRun();
      throw engineFailure(this.#module, error);
    }
    if (state.state === 'done') this.#endRun();
    if (this.#io.error) {
      const error = this.#io.error;
      this.#io.error = null;
      throw error;
    }
    return state;
  }

  /** Answers the input() a step stopped at: a line (without "\n"), or null for end of file. */
  provideInput(line) {
    const eof = line === null || line === undefined;
    this.#live().provideInput(eof ? '' : String(line), eof);
  }

  /** Asks the running program to stop: KeyboardInterrupt is raised at its next check. */
  interrupt() {
    if (!this.#busy) return;
    this.#live().interrupt();
    this.#wakeSleep?.();
  }

  /**
   * A fresh interpreter state: new modules (sys, imported ones) and globals. Each run already
   * gets a fresh __main__; modules otherwise persist from one run to the next.
   */
  reset() {
    const native = this.#live();
    if (this.#busy) throw new Error('Glasspy: reset() while a program runs');
    if (typeof native.reset !== 'function') throw new Error('Glasspy: this wasm build has no reset()');
    this.#guarded(() => native.reset());
  }

  /** True while run() or runAsync() is running a program. */
  get running() {
    return this.#busy;
  }

  /** The tokens tokenize.tokenize() yields: [{ type, exact_type, string, start, end }]. */
  tokens(source) {
    return JSON.parse(this.#guarded(() => this.#live().tokensJson(source)));
  }

  /** Old name of tokens(). */
  tokenize(source) {
    return this.tokens(source);
  }

  /** What `python3 -m tokenize [-e] FILENAME` writes: { out, err, exitStatus }. */
  tokenDump(source, { exact = false, filename = kDefaultFilename } = {}) {
    return this.#guarded(() => this.#live().tokenDump(source, exact, filename));
  }

  /** The parse: { dump, tree, error } (ast.dump text, nodes as data, or a SyntaxError). */
  ast(source) {
    return JSON.parse(this.#guarded(() => this.#live().astJson(source)));
  }

  /** The bytecode: { text, code, error } (`python3 -m dis` text, code objects as data). */
  dis(source) {
    const native = this.#live();
    if (typeof native.disJson !== 'function') throw new Error('Glasspy: this build has no bytecode (disJson)');
    const parsed = JSON.parse(this.#guarded(() => native.disJson(source)));
    return { text: parsed.text ?? null, code: parsed.code ?? null, error: parsed.error ?? null };
  }

  /** Frees the engine-side interpreter; the object is unusable afterwards. */
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
    if (this.#module.crashed) throw new Error(`Glasspy: this wasm instance crashed earlier (${this.#module.crashed}): load a new one`);
    return this.#native;
  }

  #guarded(call) {
    try {
      return call();
    } catch (error) {
      throw engineFailure(this.#module, error);
    }
  }

  #endRun() {
    this.#busy = false;
    if (this.#native && !this.#native.isDeleted()) {
      this.#native.setInputReader(null);
      if (typeof this.#native.setSleeper === 'function') {
        this.#native.setSleeper(null);
        this.#native.setStopPoller(null);
      }
    }
    flushSink(this.#io.stdout);
    flushSink(this.#io.stderr);
    this.#io.run = null;
  }
}

// An engine output callback. It runs inside the engine: an exception must not unwind through
// wasm, so it is kept and rethrown once the step has returned.
function deliverer(io, stream) {
  return (text) => {
    try {
      (io.run?.[stream] ?? io[stream])(text);
    } catch (error) {
      io.error ??= error;
    }
  };
}

// The engine's blocking input reader: `reader` must answer synchronously.
function readSync(io, reader, prompt) {
  if (!reader) return null;
  try {
    const line = reader(prompt);
    if (line && typeof line.then === 'function') {
      throw new Error('Glasspy: run() needs an input callback that answers synchronously (use runAsync)');
    }
    return line === undefined || line === null ? null : String(line);
  } catch (error) {
    io.error ??= error;
    return null;
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

/**
 * What an exception out of the engine means: a trap or an abort (WebAssembly.RuntimeError)
 * or a native stack overflow (RangeError) leaves the wasm instance in an unknown state, so
 * it is marked crashed and forgotten (the next loadGlasspy instantiates a fresh one).
 */
function engineFailure(module, error) {
  if (!(error instanceof WebAssembly.RuntimeError || error instanceof RangeError)) return error;
  if (!module.crashed) {
    module.crashed = `${error.name}: ${error.message}`;
    forgetModule(module.baseUrl);
  }
  return new Error(`Glasspy: the engine crashed (${error.message}); load a new interpreter`, { cause: error });
}

/** The engine's step() JSON as { state, prompt?, result? } (result: { ok, exitCode, error }). */
export function parseStep(json) {
  const step = JSON.parse(json);
  if (step.state !== 'done') return step;
  return {
    state: 'done',
    result: { ok: step.ok === true, exitCode: step.exitCode ?? (step.ok ? 0 : 1), error: step.error ?? null },
  };
}

/** The next step's budget, so that a step lasts about `sliceMs`. */
export function nextBudget(budget, elapsedMs, sliceMs, usedUp) {
  if (!usedUp) return budget; // finished early (input, end): says nothing about speed
  const scaled = elapsedMs > 0.05 ? Math.round((budget * sliceMs) / elapsedMs) : budget * 4;
  // Grow at most 4x a step (timing noise), shrink as much as needed (a slow loop body).
  return Math.max(kMinBudget, Math.min(kMaxBudget, budget * 4, scaled));
}

// time.sleep in a blocking run: Atomics.wait where the thread may block (Node, workers),
// else a busy wait (a browser's main thread: a blocking run freezes the page anyway).
function blockingSleep(seconds) {
  const ms = Math.max(0, seconds * 1000);
  if (typeof SharedArrayBuffer === 'function') {
    try {
      Atomics.wait(sleepCell ??= new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      return false;
    } catch {
      // Atomics.wait is not allowed on this thread
    }
  }
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
  return false;
}
let sleepCell = null;

// time.sleep in runAsync: a timer, cut short when the run is aborted (it then stops with
// KeyboardInterrupt at once).
function sleepUnlessAborted(ms, signal, onWake) {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      onWake(null);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
    onWake(done);
  });
}

/** Resolves after pending events (messages, timers due) have had their turn. */
export const yieldToEventLoop = makeYield();

function makeYield() {
  if (isNode && typeof setImmediate === 'function') return () => new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    // setTimeout(0) is clamped to 4 ms when nested; a message is not.
    const channel = new MessageChannel();
    const waiting = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise((resolve) => setTimeout(resolve, 0));
}

// Where output goes when no callback is given: the process's streams in Node, the console
// (a line at a time) in a browser.
function defaultSink(stream) {
  if (isNode) {
    const target = stream === 'stdout' ? process.stdout : process.stderr;
    return (text) => target.write(text);
  }
  const log = stream === 'stdout' ? console.log : console.error;
  let pending = '';
  const sink = (text) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop();
    for (const line of lines) log(line);
  };
  sink[kFlush] = () => {
    if (pending) log(pending);
    pending = '';
  };
  return sink;
}

// The default browser sinks hold a partial line until the run ends.
const kFlush = Symbol('flush');

function flushSink(sink) {
  sink[kFlush]?.();
}
