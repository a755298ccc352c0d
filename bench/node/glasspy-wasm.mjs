// Benchmark runner: the Glasspy wasm build in Node, through the module's Embind interface
// (the Interpreter class of wasm-glue/bindings.cpp that the JavaScript package wraps), with
// a command line like the native CLI's, in one process; start-up (loading and
// instantiating the module, creating an interpreter) timed apart from the work.
//
//   node bench/node/glasspy-wasm.mjs BUILD/glasspy.js [--timings FILE] --tokens [-e] FILE
//   node bench/node/glasspy-wasm.mjs BUILD/glasspy.js [--timings FILE] PROGRAM.py
//
// The program runs to its end in one step (no budget: nothing else waits in this process).
// Standard output is buffered here (64 KiB) and flushed before anything goes to stderr, so
// the streams keep their order. The file is read as UTF-8 text (the API takes a JS string).
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { now, parseArgs, fail, readFileSync, writeStdout, writeStderr, reportTimings } from './harness.mjs';

const usage = 'glasspy-wasm.mjs BUILD/glasspy.js [--timings FILE] [--tokens [-e]] FILE';
const { timings, flags, positional } = parseArgs(process.argv.slice(2), {
  usage,
  flags: { '--tokens': false, '-e': false },
});
if (positional.length !== 2) fail('expected BUILD/glasspy.js and one FILE', usage);
const [wasmJs, file] = positional;
const source = readFileSync(file, 'utf8');

let pending = [];
let pendingLength = 0;
const flushStdout = () => {
  if (pendingLength === 0) return;
  writeStdout(pending.join(''));
  pending = [];
  pendingLength = 0;
};
const stdout = (text) => {
  pending.push(text);
  pendingLength += text.length;
  if (pendingLength >= 65536) flushStdout();
};
const stderr = (text) => {
  flushStdout();
  writeStderr(text);
};

// The module is CommonJS (a MODULARIZE factory); under Node its loader cannot fetch() a file
// path, so it gets the wasm bytes.
const createGlasspyModule = createRequire(import.meta.url)(resolve(wasmJs));
const wasmBinary = readFileSync(join(dirname(resolve(wasmJs)), 'glasspy.wasm'));
const module = await createGlasspyModule({ wasmBinary });
const interp = new module.Interpreter();
interp.setOutput(stdout, stderr);
const ready = now();

let status = 0;
if (flags['--tokens']) {
  const { out, err, exitStatus } = interp.tokenDump(source, Boolean(flags['-e']), file);
  stdout(out);
  stderr(err);
  status = exitStatus;
} else {
  interp.start(source, file);
  const result = JSON.parse(interp.step(0));
  if (result.state !== 'done') {
    stderr(`glasspy-wasm: the program stopped in state ${result.state} (input() has no stdin here)\n`);
    status = 1;
  } else {
    status = result.exitCode;
  }
}
const version = interp.version;
interp.delete();  // the program's objects die here (their __del__ may still print)
flushStdout();
const done = now();

reportTimings(timings, { startupMs: ready, runMs: done - ready, runtime: `Glasspy ${version}` });
process.exit(status);
