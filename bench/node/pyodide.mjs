// Benchmark runner: a Python program under Pyodide (CPython compiled to wasm) in Node, in
// one process, with start-up (loading Pyodide) timed apart from the program's run.
//
//   node bench/node/pyodide.mjs [--timings FILE] PROGRAM.py
//
// Output is streamed as Python writes it (setStdout's `write` gets raw bytes). Exit status
// 1 and the traceback on stderr if the program raises.
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { now, parseArgs, fail, readFileSync, writeStdout, writeStderr, reportTimings } from './harness.mjs';

const usage = 'pyodide.mjs [--timings FILE] PROGRAM.py';
const { timings, positional } = parseArgs(process.argv.slice(2), { usage });
if (positional.length !== 1) fail('expected one PROGRAM.py', usage);
const file = positional[0];
const source = readFileSync(file, 'utf8');

const require = createRequire(import.meta.url);
const indexURL = dirname(require.resolve('pyodide/package.json')) + '/';
const { loadPyodide } = await import('pyodide');
const pyodide = await loadPyodide({ indexURL });
pyodide.setStdout({ write: writeStdout });
pyodide.setStderr({ write: writeStderr });
const ready = now();

let status = 0;
try {
  pyodide.runPython(source, { filename: file });
} catch (error) {
  writeStderr(String(error.message ?? error) + '\n');
  status = 1;
}
pyodide.runPython('import sys\nsys.stdout.flush()\nsys.stderr.flush()\n');
const done = now();

reportTimings(timings, { startupMs: ready, runMs: done - ready, runtime: `Pyodide ${pyodide.version}` });
process.exit(status);
