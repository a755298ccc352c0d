// Benchmark adapter (bench/): runs the wasm build in Node with a command line like the
// native CLI's, so bench/run can time it as one more runner.
//
//   node bench/node/glasspy-wasm.mjs build/wasm/glasspy.js --tokens [-e] FILE
//
// It goes through web/glasspy.mjs, the same JavaScript API the pages use. The file is read
// as UTF-8 text (the API takes a JS string), which is all the benchmark inputs are.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [wasmJs, ...args] = process.argv.slice(2);

function usage(message) {
  process.stderr.write(`glasspy-wasm.mjs: ${message}\nusage: glasspy-wasm.mjs BUILD/glasspy.js --tokens [-e] FILE\n`);
  process.exit(2);
}

if (!wasmJs) usage('no glasspy.js given');
if (args[0] !== '--tokens') usage('only --tokens is supported so far (running programs needs the VM)');
const exact = args[1] === '-e';
const file = args[exact ? 2 : 1];
if (!file) usage('no FILE given');

const { loadGlasspy } = await import(pathToFileURL(resolve(root, 'web', 'glasspy.mjs')).href);
const engine = await loadGlasspy({ baseUrl: pathToFileURL(dirname(resolve(wasmJs)) + '/') });
const interp = engine.createInterpreter();
const { out, err, exitStatus } = interp.tokenDump(readFileSync(file, 'utf8'), { exact });
interp.dispose();
process.stdout.write(out);
process.stderr.write(err);
process.exitCode = exitStatus;
