// Shared by bench/'s Node runner scripts (glasspy-wasm.mjs, pyodide.mjs, micropython.mjs):
// the command line, writing the program's output, and the timings file bench/run reads.
//
// Every runner script takes `[--timings FILE] ... PROGRAM.py`. With --timings it writes one
// JSON object there when done: start-up (process start to the interpreter being ready to
// run, read from performance.now(), whose origin is the process's start), run time (the
// program alone) and Node's peak RSS. Standard output carries only what the program prints,
// so bench/run can compare it with CPython's byte for byte.
import { readFileSync, writeFileSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export { readFileSync };

// Milliseconds since the process started.
export const now = () => performance.now();

// Splits argv into the options every runner knows (--timings FILE), the flags the runner
// declares in `flags` (true: takes a value), and the positional arguments.
export function parseArgs(argv, { usage, flags = {} }) {
  const options = { timings: null, flags: {}, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--timings') options.timings = argv[++i];
    else if (arg in flags) options.flags[arg] = flags[arg] ? argv[++i] : true;
    else if (arg.startsWith('-') && arg !== '-') fail(`unknown option ${arg}`, usage);
    else options.positional.push(arg);
  }
  return options;
}

export function fail(message, usage) {
  process.stderr.write(`${message}\n${usage ? `usage: ${usage}\n` : ''}`);
  process.exit(2);
}

// Writes bytes or text to a file descriptor synchronously, as the program prints (a pipe
// opened non-blocking by the parent can refuse a write: retry until it is all out).
export function writeAll(fd, data) {
  const bytes =
    typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
    }
  }
  return bytes.length;
}

export const writeStdout = (data) => writeAll(1, data);
export const writeStderr = (data) => writeAll(2, data);

// Records the timings (milliseconds) where bench/run asked for them.
export function reportTimings(path, { startupMs, runMs, ...extra }) {
  if (!path) return;
  const record = { startup_ms: startupMs, run_ms: runMs, max_rss_kb: process.resourceUsage().maxRSS, ...extra };
  writeFileSync(path, JSON.stringify(record) + '\n');
}
