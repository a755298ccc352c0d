// Benchmark runner: a Python program under MicroPython's WebAssembly port (the PyScript
// variant from npm) in Node, in one process, with start-up timed apart from the run.
//
//   node bench/node/micropython.mjs [--timings FILE] [--heap MIB] PROGRAM.py
//
// The port's default 1 MiB heap is far too small for the benchmarks: 256 MiB by default.
// Its small ints are 31-bit on wasm32 (larger ones become arbitrary-precision objects).
// Exit status 1 and the error on stderr if the program raises.
import { now, parseArgs, fail, readFileSync, writeStdout, writeStderr, reportTimings } from './harness.mjs';

const usage = 'micropython.mjs [--timings FILE] [--heap MIB] PROGRAM.py';
const { timings, flags, positional } = parseArgs(process.argv.slice(2), { usage, flags: { '--heap': true } });
if (positional.length !== 1) fail('expected one PROGRAM.py', usage);
const source = readFileSync(positional[0], 'utf8');
const heapMiB = Number(flags['--heap'] ?? 256);

const { loadMicroPython } = await import('@micropython/micropython-webassembly-pyscript');
// linebuffer: false hands over one byte per call; the line-buffered mode decodes whole
// lines (the newline dropped), which is cheaper and loses nothing for these programs.
const mp = await loadMicroPython({
  heapsize: heapMiB * 1024 * 1024,
  pystack: 64 * 1024, // words of Python stack: deep enough for the recursive benchmarks
  linebuffer: true,
  stdout: (line) => writeStdout(line + '\n'),
  stderr: (line) => writeStderr(line + '\n'),
});
const ready = now();

let status = 0;
try {
  mp.runPython(source);
} catch (error) {
  if (error.name !== 'PythonError') throw error;
  writeStderr(`${error.message}\n`);
  status = 1;
}
const done = now();

// A last line without its newline is still in the port's buffer.
const pending = mp._module._stdoutBuffer;
if (pending?.length) writeStdout(Uint8Array.from(pending));

reportTimings(timings, { startupMs: ready, runMs: done - ready, runtime: 'MicroPython' });
process.exit(status);
