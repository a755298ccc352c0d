// The script that runs inside GlasspyWorker's worker (a module Web Worker, or a Node
// worker_threads Worker): loads the engine, runs programs in time slices, streams their
// output to the page in batches, and answers Stop and input() (see worker-channel.mjs).

import { nodeImport } from './engine-loader.mjs';
import { loadGlasspy } from './glasspy.mjs';
import { nextBudget, yieldToEventLoop } from './interpreter.mjs';
import {
  kInputEof,
  kInputLine,
  kInputSlot,
  kInputWaiting,
  kLengthSlot,
  kStopSlot,
} from './worker-channel.mjs';

const kFlushMs = 16; // output waits at most this long before it is posted
const kSliceMs = 5; // a step lasts about this long: Stop and messages wait at most that
const kFirstBudget = 2_000; // small: the first output goes out soon; nextBudget() grows it

const port = await connect();
let py = null; // the interpreter, once 'init' has loaded the engine
let channel = null; // { control: Int32Array, data: Uint8Array } when memory is shared
let current = null; // the running program: { id, stopRequested, answer }
const pendingOutput = []; // [stream, text] chunks not yet posted
let firstPendingAt = 0;

port.onMessage((message) => {
  handle(message).catch(crash);
});

async function handle(message) {
  switch (message.type) {
    case 'init':
      return init(message);
    case 'run':
      return run(message);
    case 'stop':
      if (current && current.id === message.id) {
        current.stopRequested = true;
        current.wake?.(); // a time.sleep() waiting on a timer (suspend mode)
      }
      return undefined;
    case 'input':
      if (current && current.id === message.id && current.answer) current.answer(message.eof ? null : message.line);
      return undefined;
    case 'call':
      return call(message);
    case 'crash-test':
      // Tests only: behave as a wasm trap would, to check that the page recovers.
      throw new WebAssembly.RuntimeError('unreachable (crash-test)');
    default:
      throw new Error(`unknown message ${JSON.stringify(message.type)}`);
  }
}

async function init({ baseUrl, wasmModule, control, data }) {
  try {
    py = await loadGlasspy({
      baseUrl: baseUrl ?? undefined,
      wasmModule: wasmModule ?? undefined,
      stdout: queue('stdout'),
      stderr: queue('stderr'),
      printErr: noteEngineMessage,
    });
  } catch (error) {
    port.post({ type: 'failed', message: String(error?.message ?? error) });
    return;
  }
  if (control) channel = { control: new Int32Array(control), data: new Uint8Array(data) };
  port.post({ type: 'ready', version: py.version, blockingInput: channel !== null });
  // Warm up while the page is idle: the engine's code is compiled lazily, on first use, and
  // a first program pays for it (~100 ms). A run asked for meanwhile waits no longer than
  // it would have anyway.
  setTimeout(warmUp, 0);
}

function warmUp() {
  if (current || !py || py.module.crashed || typeof py.native.start !== 'function') return;
  const silent = () => {};
  try {
    py.run('def f(n):\n    return [str(i) for i in range(n)]\nprint(f(3), end="")\n', { stdout: silent, stderr: silent });
  } catch (error) {
    if (py.module.crashed) crash(error); // a trap: replace this worker, as after a run
  }
}

async function run({ id, source, filename }) {
  current = { id, stopRequested: false, answer: null, wake: null };
  recentPosts.fill(-Infinity); // a run's first output goes out at once
  if (channel) Atomics.store(channel.control, kStopSlot, 0);
  try {
    const blocking = channel !== null;
    try {
      py.start(source, {
        filename,
        blocking,
        input: blocking ? (prompt) => readBlocking(id, prompt) : undefined,
        // With shared memory, Stop reaches a busy engine too: time.sleep waits on the flag
        // (and wakes when it is raised), long native calls poll it.
        sleep: blocking ? sleepBlocking : undefined,
        stopRequested: blocking ? stopFlagRaised : undefined,
      });
    } catch (error) {
      // Not a crash: the engine did not start (e.g. a build that cannot run programs).
      port.post({ type: 'rejected', id, message: String(error?.message ?? error) });
      return;
    }
    let budget = kFirstBudget;
    for (;;) {
      if (stopWanted()) py.interrupt();
      const started = performance.now();
      const state = py.step(budget);
      budget = nextBudget(budget, performance.now() - started, kSliceMs, state.state === 'running');
      flush();
      if (state.state === 'done') {
        port.post({ type: 'done', id, result: state.result });
        return;
      }
      if (state.state === 'sleep') {
        // time.sleep() in suspend mode: wait here, where a 'stop' message can cut it short.
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, state.ms);
          current.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        current.wake = null;
        continue; // the next step checks stopWanted() first
      }
      if (state.state === 'input') {
        const line = await new Promise((resolve) => {
          current.answer = resolve;
          port.post({ type: 'input', id, prompt: state.prompt ?? '' });
        });
        current.answer = null;
        if (stopWanted()) py.interrupt();
        py.provideInput(line);
      }
      await yieldToEventLoop(); // lets 'stop' and 'input' messages in
    }
  } finally {
    current = null;
  }
}

// True if the page asked to stop the running program (clears the request).
function stopWanted() {
  let wanted = current?.stopRequested ?? false;
  if (channel && Atomics.exchange(channel.control, kStopSlot, 0) === 1) wanted = true;
  if (current) current.stopRequested = false;
  return wanted;
}

// time.sleep() in blocking mode: sleeps on the Stop slot, so that Stop wakes it at once;
// true (and the flag cleared: KeyboardInterrupt follows) if Stop came.
function sleepBlocking(seconds) {
  flush(); // what was printed before the sleep shows during it
  const control = channel.control;
  const result = Atomics.wait(control, kStopSlot, 0, Math.max(0, seconds * 1000));
  if (result === 'timed-out') return false;
  Atomics.store(control, kStopSlot, 0);
  return true;
}

// Asked by the engine every so often while it is busy: the page's Stop, taken.
function stopFlagRaised() {
  if (Atomics.load(channel.control, kStopSlot) === 0) return false;
  Atomics.store(channel.control, kStopSlot, 0);
  flush();
  return true;
}

// input() in blocking mode: post the request and sleep until the page answers or stops.
function readBlocking(id, prompt) {
  flush();
  const control = channel.control;
  Atomics.store(control, kInputSlot, kInputWaiting);
  port.post({ type: 'input', id, prompt });
  for (;;) {
    if (Atomics.load(control, kStopSlot) === 1) {
      // Stop while waiting: input() returns and KeyboardInterrupt is raised right after.
      Atomics.store(control, kStopSlot, 0);
      py.interrupt();
      return null;
    }
    const state = Atomics.load(control, kInputSlot);
    if (state === kInputLine) {
      // Decoding needs an unshared copy (TextDecoder refuses shared views in browsers).
      const bytes = channel.data.slice(0, Atomics.load(control, kLengthSlot));
      return new TextDecoder().decode(bytes);
    }
    if (state === kInputEof) return null;
    Atomics.wait(control, kInputSlot, kInputWaiting);
  }
}

async function call({ id, method, args }) {
  let reply;
  try {
    if (method === 'reset' && current) throw new Error('reset() while a program runs');
    let value;
    if (['tokens', 'tokenDump', 'ast', 'dis', 'reset'].includes(method)) value = py[method](...args);
    // The engine's JSON text as it is: a string crosses to the page far faster than the
    // objects parsed from it (a 5,000-line file's bytecode: 14 MB of JSON).
    else if (['tokensJson', 'astJson', 'disJson'].includes(method)) value = py.native[method](...args);
    else throw new Error(`no method ${method}`);
    reply = { type: 'reply', id, value };
  } catch (error) {
    reply = { type: 'reply', id, error: String(error?.message ?? error) };
  }
  port.post(reply);
}

// An output callback: chunks are posted together, at most kFlushMs after the first.
// Each step ends with a flush (steps last ~5 ms). A step that runs long (one native call
// that prints, or computes after printing) gets no later chance to flush, so a write that
// finds nothing pending is posted at once unless kBurstPosts posts went out in the last
// kFlushMs (a burst of lines, then a long computation: the lines show before it), and so is
// one that ends the line the last post left open. The rest waits at most kFlushMs, checked
// every few writes as reading the clock costs.
function queue(stream) {
  return (text) => {
    const last = pendingOutput[pendingOutput.length - 1];
    if (last && last[0] === stream) last[1] += text;
    else pendingOutput.push([stream, text]);
    if (last === undefined) {
      firstPendingAt = performance.now();
      writesSinceClock = 0;
      if (firstPendingAt - recentPosts[nextPost] >= kFlushMs || (lineOpen && text.endsWith('\n'))) flush();
    } else if (++writesSinceClock >= kWritesPerClockRead) {
      writesSinceClock = 0;
      if (performance.now() - firstPendingAt >= kFlushMs) flush();
    }
  };
}
const kWritesPerClockRead = 32;
const kBurstPosts = 4;
let writesSinceClock = 0;
const recentPosts = new Array(kBurstPosts).fill(-Infinity); // when the last posts went out
let nextPost = 0; // the oldest of them
let lineOpen = false; // the last post did not end with a newline

function flush() {
  if (pendingOutput.length === 0) return;
  recentPosts[nextPost] = performance.now();
  nextPost = (nextPost + 1) % kBurstPosts;
  lineOpen = !pendingOutput[pendingOutput.length - 1][1].endsWith('\n');
  port.post({ type: 'output', chunks: pendingOutput.splice(0) });
}

// Anything thrown out of the engine (a trap, an abort) leaves its state unknown: report it
// and let the page replace this worker.
function crash(error) {
  flush();
  // The trap itself (interpreter.mjs wraps it for in-thread users), without Emscripten's advice.
  const trap = error?.cause instanceof Error ? error.cause : error;
  let message = (trap instanceof Error ? trap.message : String(trap)).replace(/ Build with -s ASSERTIONS=1 for more info\./, '');
  // What the engine wrote just before (e.g. "glasspy: out of memory") says more than abort's.
  const said = engineMessages.filter((line) => !/^Aborted\(/.test(line));
  if (said.length > 0) message = `${said.join('; ')} — ${message}`;
  port.post({ type: 'crash', id: current?.id ?? null, message });
}

// The last lines the engine's runtime printed itself (not the program's output).
const engineMessages = [];
function noteEngineMessage(line) {
  console.warn(line);
  engineMessages.push(String(line));
  if (engineMessages.length > 3) engineMessages.shift();
}

// The message port of this worker, the same shape in browsers and Node.
async function connect() {
  if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
    return {
      post: (message) => globalThis.postMessage(message),
      onMessage: (fn) => globalThis.addEventListener('message', (event) => fn(event.data)),
    };
  }
  const { parentPort } = await nodeImport('node:worker_threads');
  if (!parentPort) throw new Error('worker-runtime.mjs runs in a worker (GlasspyWorker starts it)');
  return {
    post: (message) => parentPort.postMessage(message),
    onMessage: (fn) => parentPort.on('message', fn),
  };
}
