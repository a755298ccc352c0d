// GlasspyWorker: the interpreter in a worker (a module Web Worker in browsers, worker_threads
// in Node), so that the page never blocks: run() returns a promise, output streams in as
// events, stop() raises KeyboardInterrupt, input() waits for the page. The worker side is
// worker-runtime.mjs; the shared input/Stop buffers are described in worker-channel.mjs.

import { isNode, nodeImport } from './engine-loader.mjs';
import { answerInput, canShareMemory, createSharedChannel, requestStop } from './worker-channel.mjs';

// After stop(), a program that has not ended by then (stuck in code that cannot be
// interrupted) is ended by replacing the worker.
const kDefaultStopTimeoutMs = 500;

export class GlasspyWorker extends EventTarget {
  #options;
  #worker = null; // { post, terminate }
  #generation = 0; // bumps with each (re)started worker: stale events are dropped
  #channel = null; // shared buffers (blocking input, Stop), null in suspend mode
  #ready;
  #readyState = null; // { resolve, reject } of the current worker's start
  #runs = []; // queued runs: { id, source, filename, resolve, reject }
  #current = null; // the run the worker is executing
  #calls = new Map(); // id -> { resolve, reject } of tokens/ast/dis requests
  #nextId = 1;
  #version = null;
  #inputPending = null; // { id } while the program waits for input()
  #started = false; // the current worker has loaded the engine
  #terminated = false;

  /**
   * Options: stdout(text), stderr(text), input(prompt) -> line | null | Promise of one
   * (without it, an "input" event is dispatched and provideInput() answers); inputMode:
   * "auto" (blocking where memory can be shared, else suspend), "blocking" or "suspend";
   * baseUrl (the engine's folder), wasmModule (a compiled WebAssembly.Module of glasspy.wasm,
   * e.g. `py.module.wasmModule`: the worker then skips compiling it), workerUrl
   * (worker-runtime.mjs), stopTimeoutMs.
   */
  constructor(options = {}) {
    super();
    this.#options = { inputMode: 'auto', stopTimeoutMs: kDefaultStopTimeoutMs, ...options };
    const mode = this.#options.inputMode;
    if (!['auto', 'blocking', 'suspend'].includes(mode)) throw new TypeError(`inputMode ${JSON.stringify(mode)}`);
    if (mode === 'blocking' && !canShareMemory()) {
      throw new Error('Glasspy: blocking input needs SharedArrayBuffer (a cross-origin isolated page)');
    }
    this.#ready = this.#start();
  }

  /** Resolves once the engine has loaded in the worker ({ version, inputMode }). */
  get ready() {
    return this.#ready;
  }

  /** The engine's version (null until ready). */
  get version() {
    return this.#version;
  }

  /** How input() waits here: "blocking" (SharedArrayBuffer + Atomics) or "suspend". */
  get inputMode() {
    return this.#channel ? 'blocking' : 'suspend';
  }

  /** True while a program runs (or waits for input). */
  get running() {
    return this.#current !== null;
  }

  /**
   * Runs `source` in the worker; resolves to { ok, exitCode, error } when it ends (runs queue
   * up one after another). Rejects only if the worker itself failed (it is then restarted).
   */
  run(source, options = {}) {
    if (this.#terminated) return Promise.reject(new Error('Glasspy: the worker was terminated'));
    return new Promise((resolve, reject) => {
      this.#runs.push({ id: this.#nextId++, source: String(source), filename: options.filename ?? 'main.py', resolve, reject });
      this.#pump();
    });
  }

  /**
   * Stops the running program (KeyboardInterrupt) and drops the queued ones. Resolves once
   * nothing runs. A program that does not end within stopTimeoutMs gets a new worker.
   */
  async stop() {
    for (const queued of this.#runs.splice(0)) queued.resolve(interruptedResult('the program was stopped before it started'));
    const run = this.#current;
    if (!run) return;
    if (!run.posted) {
      // Still waiting for the worker to start: the program never ran.
      this.#endRun(run, interruptedResult('the program was stopped before it started'));
      return;
    }
    if (this.#channel) requestStop(this.#channel);
    this.#worker.post({ type: 'stop', id: run.id });
    if (this.#inputPending && !this.#channel) this.#worker.post({ type: 'input', id: run.id, eof: true });
    this.#inputPending = null;
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, this.#options.stopTimeoutMs, 'timeout')));
    const outcome = await Promise.race([run.finished, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout' && this.#current === run) {
      this.#current = null;
      const result = interruptedResult('the program did not stop in time: its worker was replaced');
      this.#emitOutput('stderr', result.error.traceback); // as an ended program's traceback is
      run.resolve(result);
      this.#restart('stop timeout');
    }
  }

  /** Answers the pending input(): a line (without "\n"), or null for end of file. */
  provideInput(line) {
    const pending = this.#inputPending;
    if (!pending) return false;
    this.#inputPending = null;
    const eof = line === null || line === undefined;
    if (this.#channel) answerInput(this.#channel, eof ? null : String(line));
    else this.#worker.post({ type: 'input', id: pending.id, line: eof ? '' : String(line), eof });
    return true;
  }

  /** True while the program waits for an answer to input(). */
  get waitingForInput() {
    return this.#inputPending !== null;
  }

  /** tokens(), tokenDump(), ast() and dis() of glasspy.mjs, computed in the worker. */
  tokens(source) {
    return this.#call('tokens', [source]);
  }
  tokenDump(source, options) {
    return this.#call('tokenDump', [source, options]);
  }
  ast(source) {
    return this.#call('ast', [source]);
  }
  dis(source) {
    return this.#call('dis', [source]);
  }

  /**
   * The same as JSON text (tokensJson, astJson, disJson): for large sources, parsing the
   * text on the page costs far less than receiving the parsed objects from the worker.
   */
  tokensJson(source) {
    return this.#call('tokensJson', [source]);
  }
  astJson(source) {
    return this.#call('astJson', [source]);
  }
  disJson(source) {
    return this.#call('disJson', [source]);
  }

  /** Fresh modules and globals for the next runs (see Interpreter.reset). */
  async reset() {
    await this.#call('reset', []);
  }

  /** Ends the worker for good; pending runs and calls reject. */
  terminate() {
    if (this.#terminated) return;
    this.#terminated = true;
    this.#failAll(new Error('Glasspy: the worker was terminated'));
    this.#worker?.terminate();
  }

  /** Tests only: makes the worker fail as a wasm trap would. */
  crashForTesting() {
    this.#worker?.post({ type: 'crash-test' });
  }

  // --- the worker's life ---

  async #start() {
    const generation = ++this.#generation;
    this.#started = false;
    const mode = this.#options.inputMode;
    this.#channel = mode === 'suspend' || !canShareMemory() ? null : createSharedChannel();
    const started = new Promise((resolve, reject) => (this.#readyState = { resolve, reject }));
    started.catch(() => {});
    this.#worker = await spawn(this.#options.workerUrl, {
      message: (data) => generation === this.#generation && this.#onMessage(data),
      failure: (message) => generation === this.#generation && this.#onCrash(message),
    });
    if (generation !== this.#generation) return started; // replaced meanwhile
    const baseUrl = this.#options.baseUrl === undefined ? undefined : String(this.#options.baseUrl);
    this.#worker.post({
      type: 'init',
      baseUrl,
      wasmModule: this.#options.wasmModule,
      control: this.#channel?.control,
      data: this.#channel?.data,
    });
    return started;
  }

  #restart(reason) {
    this.#worker?.terminate();
    this.#inputPending = null;
    this.dispatchEvent(customEvent('restart', { reason }));
    this.#ready = this.#start();
    this.#ready.then(() => this.#pump(), () => {});
  }

  #pump() {
    if (this.#current || this.#runs.length === 0 || this.#terminated) return;
    const run = this.#runs.shift();
    run.finished = new Promise((resolve) => (run.finish = resolve));
    this.#current = run;
    this.#updateKeepAlive();
    this.#ready.then(
      () => {
        if (this.#current !== run) return;
        run.posted = true;
        this.#worker.post({ type: 'run', id: run.id, source: run.source, filename: run.filename });
      },
      (error) => this.#endRun(run, null, error),
    );
  }

  #endRun(run, result, error) {
    if (this.#current === run) this.#current = null;
    run.finish?.();
    if (error) run.reject(error);
    else run.resolve(result);
    this.#pump();
    this.#updateKeepAlive();
  }

  // Node: the worker keeps the process alive only while it starts or has work.
  #updateKeepAlive() {
    this.#worker?.keepAlive(!this.#started || this.#current !== null || this.#calls.size > 0);
  }

  #onMessage(message) {
    switch (message.type) {
      case 'ready':
        this.#started = true;
        this.#updateKeepAlive();
        this.#version = message.version;
        this.#readyState.resolve({ version: message.version, inputMode: this.inputMode });
        break;
      case 'failed':
        this.#readyState.reject(new Error(`Glasspy: the engine did not load in the worker: ${message.message}`));
        break;
      case 'output':
        for (const [stream, text] of message.chunks) this.#emitOutput(stream, text);
        break;
      case 'input':
        if (this.#current?.id === message.id) this.#onInput(message.id, message.prompt);
        break;
      case 'done':
        if (this.#current?.id === message.id) {
          this.#inputPending = null;
          this.#endRun(this.#current, message.result);
        }
        break;
      case 'rejected':
        if (this.#current?.id === message.id) this.#endRun(this.#current, null, new Error(message.message));
        break;
      case 'reply': {
        const call = this.#calls.get(message.id);
        this.#calls.delete(message.id);
        this.#updateKeepAlive();
        if (message.error !== undefined) call?.reject(new Error(`Glasspy: ${message.error}`));
        else call?.resolve(message.value);
        break;
      }
      case 'crash':
        this.#onCrash(message.message);
        break;
      default:
        break;
    }
  }

  #emitOutput(stream, text) {
    const callback = this.#options[stream];
    try {
      callback?.(text);
    } catch (error) {
      // The page's callback failed: report it, keep delivering the rest.
      queueMicrotask(() => {
        throw error;
      });
    }
    this.dispatchEvent(customEvent(stream, text));
  }

  #onInput(id, prompt) {
    this.#inputPending = { id };
    const respond = (line) => this.#inputPending?.id === id && this.provideInput(line);
    this.dispatchEvent(customEvent('input', { prompt, respond }));
    const callback = this.#options.input;
    if (!callback) return;
    Promise.resolve()
      .then(() => callback(prompt))
      .then(respond, (error) => {
        respond(null);
        queueMicrotask(() => {
          throw error;
        });
      });
  }

  // The worker died or its engine trapped: fail what it was doing and start a new one (a
  // worker that never started is not retried: the same failure would repeat).
  #onCrash(message) {
    if (this.#terminated) return;
    if (!this.#started) {
      const error = new Error(`Glasspy: the worker did not start: ${message}`);
      this.#readyState?.reject(error);
      this.#failAll(error);
      return;
    }
    const error = new Error(`Glasspy: the worker failed (${message}); it has been restarted`);
    const run = this.#current;
    this.#current = null;
    for (const call of this.#calls.values()) call.reject(error);
    this.#calls.clear();
    this.#restart(message);
    if (run) this.#endRun(run, null, error);
  }

  #failAll(error) {
    const run = this.#current;
    this.#current = null;
    run?.reject(error);
    for (const queued of this.#runs.splice(0)) queued.reject(error);
    for (const call of this.#calls.values()) call.reject(error);
    this.#calls.clear();
  }

  async #call(method, args) {
    if (this.#terminated) throw new Error('Glasspy: the worker was terminated');
    await this.#ready;
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#calls.set(id, { resolve, reject });
      this.#updateKeepAlive();
      this.#worker.post({ type: 'call', id, method, args });
    });
  }
}

// The result a stopped program gets when the worker could not deliver its own.
function interruptedResult(why) {
  return {
    ok: false,
    exitCode: 130,
    error: { type: 'KeyboardInterrupt', message: '', traceback: `KeyboardInterrupt (${why})\n`, frames: [] },
  };
}

function customEvent(type, detail) {
  if (typeof CustomEvent === 'function') return new CustomEvent(type, { detail });
  const event = new Event(type); // Node 18 has no global CustomEvent
  Object.defineProperty(event, 'detail', { value: detail });
  return event;
}

// Starts worker-runtime.mjs: { post, terminate }, reporting messages and deaths to `on`.
async function spawn(workerUrl, on) {
  if (isNode) {
    const { Worker } = await nodeImport('node:worker_threads');
    const url = workerUrl ? new URL(workerUrl) : new URL('./worker-runtime.mjs', import.meta.url);
    const worker = new Worker(url);
    worker.on('message', on.message);
    worker.on('error', (error) => on.failure(`${error?.name ?? 'Error'}: ${error?.message ?? error}`));
    worker.on('exit', (code) => on.failure(`the worker exited (code ${code})`));
    let ended = false;
    return {
      post: (message) => !ended && worker.postMessage(message),
      terminate: () => {
        ended = true;
        worker.terminate();
      },
      keepAlive: (busy) => !ended && (busy ? worker.ref() : worker.unref()),
    };
  }
  const worker = workerUrl
    ? new Worker(workerUrl, { type: 'module' })
    : new Worker(new URL('./worker-runtime.mjs', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event) => on.message(event.data));
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    on.failure(event.message || 'the worker script failed');
  });
  worker.addEventListener('messageerror', () => on.failure('a message could not be read'));
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate(), keepAlive() {} };
}
