// Benchmark runner: the Glasspy wasm build in Node, through web/glasspy.mjs (the JavaScript
// API the pages use), with a command line like the native CLI's, in one process, start-up
// (loading and instantiating the module, creating an interpreter) timed apart from the work.
//
//   node bench/node/glasspy-wasm.mjs BUILD/glasspy.js [--timings FILE] --tokens [-e] FILE
//   node bench/node/glasspy-wasm.mjs BUILD/glasspy.js [--timings FILE] PROGRAM.py
//
// Running a program needs the VM; until the API has `run`, this says so exactly as the
// native CLI does (exit status 2, "not implemented yet"), which bench/run shows as n/a.
// The file is read as UTF-8 text (the API takes a JS string), which all benchmark inputs are.
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { now, parseArgs, fail, readFileSync, writeStdout, writeStderr, reportTimings } from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const usage = 'glasspy-wasm.mjs BUILD/glasspy.js [--timings FILE] [--tokens [-e]] FILE';
const { timings, flags, positional } = parseArgs(process.argv.slice(2), {
  usage,
  flags: { '--tokens': false, '-e': false },
});
if (positional.length !== 2) fail('expected BUILD/glasspy.js and one FILE', usage);
const [wasmJs, file] = positional;
const source = readFileSync(file, 'utf8');

const { loadGlasspy } = await import(pathToFileURL(resolve(root, 'web', 'glasspy.mjs')).href);
// Output callbacks under both spellings: the planned API's stdout/stderr (text chunks as
// the program prints) and the current loader's print/printErr (lines).
const engine = await loadGlasspy({
  baseUrl: pathToFileURL(dirname(resolve(wasmJs)) + '/'),
  stdout: writeStdout,
  stderr: writeStderr,
  print: (line) => writeStdout(line + '\n'),
  printErr: (line) => writeStderr(line + '\n'),
});
const interp = engine.createInterpreter();
const ready = now();

let status = 0;
if (flags['--tokens']) {
  const { out, err, exitStatus } = interp.tokenDump(source, { exact: Boolean(flags['-e']) });
  writeStdout(out);
  writeStderr(err);
  status = exitStatus;
} else {
  const runner = typeof engine.run === 'function' ? engine : typeof interp.run === 'function' ? interp : null;
  if (!runner) {
    writeStderr('glasspy-wasm: running programs is not implemented yet (no compiler/VM)\n');
    status = 2;
  } else {
    const result = await runner.run(source, { filename: file });
    if (result && result.ok === false) {
      writeStderr(result.error?.traceback ?? `${result.error?.type}: ${result.error?.message}\n`);
      status = 1;
    }
  }
}
const done = now();
interp.dispose();

reportTimings(timings, { startupMs: ready, runMs: done - ready, runtime: `Glasspy ${engine.version}` });
process.exit(status);
