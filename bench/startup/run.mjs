#!/usr/bin/env node
// Start-up and size figures of the JavaScript package (issue 5, item 3): the bytes a page
// downloads (raw, gzip -9, brotli), a cold Node process's time to the first output of
// print("hi"), the same in headless Chromium from navigation (in-thread and in a worker),
// and the wasm memory after start-up and print("hi"). Prints a table; writes the figures
// to build/bench/startup.json.
//   node bench/startup/run.mjs [--runs N] [--no-browser]   (GLASSPY_WASM_DIR: another build)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const wasmDir = process.env.GLASSPY_WASM_DIR ?? `${repoRoot}build/wasm`;
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 10;
const withBrowser = !args.includes('--no-browser');

// What a page loads: the engine and the package's modules (glasspy.mjs imports all but the
// worker's own script, which only a GlasspyWorker page loads, into its worker).
const engineFiles = [`${wasmDir}/glasspy.wasm`, `${wasmDir}/glasspy.js`];
const moduleFiles = ['glasspy.mjs', 'engine-loader.mjs', 'interpreter.mjs', 'worker.mjs', 'worker-channel.mjs'].map(
  (name) => `${repoRoot}js/${name}`,
);
const workerFiles = [`${repoRoot}js/worker-runtime.mjs`];

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function sizes() {
  const rows = [];
  for (const file of [...engineFiles, ...moduleFiles, ...workerFiles]) {
    const bytes = await readFile(file);
    rows.push({
      file: file.replace(repoRoot, ''),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = (names) => {
    const picked = rows.filter((row) => names.some((name) => name.endsWith(row.file)));
    return ['raw', 'gzip', 'brotli'].reduce((sum, key) => ({ ...sum, [key]: picked.reduce((s, r) => s + r[key], 0) }), {});
  };
  return {
    files: rows,
    inThreadPage: total([...engineFiles, ...moduleFiles]),
    workerPage: total([...engineFiles, ...moduleFiles, ...workerFiles]),
  };
}

// Spawns `node argv...` and resolves to { firstOutputMs, stderr } (ms from spawn to the
// first stdout byte).
function timeProcess(argv) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let firstOutputMs = null;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data) => {
      firstOutputMs ??= performance.now() - started;
      stdout += data;
    });
    child.stderr.on('data', (data) => (stderr += data));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || stdout !== 'hi\n') reject(new Error(`exit ${code}, stdout ${JSON.stringify(stdout)}: ${stderr}`));
      else resolve({ firstOutputMs, totalMs: performance.now() - started, stderr });
    });
  });
}

async function nodeStartup() {
  const glasspy = [];
  const baseline = [];
  const glasspyCpu = [];
  const baselineCpu = [];
  let report = null;
  const kBaseline = 'process.stdout.write("hi\\n"); const c = process.cpuUsage(); process.stderr.write(String((c.user + c.system) / 1000))';
  for (let i = 0; i < runs; i++) {
    const alone = await timeProcess(['-e', kBaseline]);
    baseline.push(alone.firstOutputMs);
    baselineCpu.push(Number(alone.stderr));
    const timed = await timeProcess([fileURLToPath(new URL('hi-node.mjs', import.meta.url)), '--report']);
    glasspy.push(timed.firstOutputMs);
    report = JSON.parse(timed.stderr.trim().split('\n').pop());
    glasspyCpu.push(report.cpuAtFirstOutputMs);
  }
  return {
    firstOutputMs: { min: Math.min(...glasspy), median: median(glasspy) },
    nodeAloneMs: { min: Math.min(...baseline), median: median(baseline) },
    cpuMs: { glasspy: median(glasspyCpu), nodeAlone: median(baselineCpu) },
    lastRunPhases: report,
  };
}

async function browserStartup() {
  const { chromium } = await import('playwright-core');
  const { startStaticServer } = await import('../../tests/browser/static-server.mjs');
  const server = await startStaticServer({ isolated: true, wasmDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const result = {};
  try {
    for (const mode of ['thread', 'worker']) {
      const first = [];
      let last = null;
      for (let i = 0; i < Math.min(runs, 5); i++) {
        const context = await browser.newContext(); // a cold HTTP cache each time
        const page = await context.newPage();
        await page.goto(`${server.url}bench/startup/page.html?mode=${mode}`);
        last = await page.waitForFunction(() => globalThis.startupReport, null, { timeout: 30_000 }).then((h) => h.jsonValue());
        if (last.output !== 'hi\n') throw new Error(`${mode}: output ${JSON.stringify(last.output)}`);
        first.push(last.firstOutputMs);
        await context.close();
      }
      result[mode] = { firstOutputMs: { min: Math.min(...first), median: median(first) }, lastRun: last };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}

async function main() {
  for (const file of engineFiles) if (!existsSync(file)) throw new Error(`${file} missing: run scripts/build-wasm`);
  const figures = { date: new Date().toISOString(), runs, sizes: await sizes(), node: await nodeStartup() };
  if (withBrowser) figures.chromium = await browserStartup();

  console.log('Download (bytes a page loads)           raw        gzip -9     brotli');
  for (const row of figures.sizes.files) {
    console.log(`  ${row.file.padEnd(36)} ${kib(row.raw).padStart(11)} ${kib(row.gzip).padStart(11)} ${kib(row.brotli).padStart(11)}`);
  }
  for (const [label, total] of [['in-thread page', figures.sizes.inThreadPage], ['GlasspyWorker page', figures.sizes.workerPage]]) {
    console.log(`  ${`total, ${label}`.padEnd(36)} ${kib(total.raw).padStart(11)} ${kib(total.gzip).padStart(11)} ${kib(total.brotli).padStart(11)}`);
  }
  const node = figures.node;
  console.log(`\nNode, cold process to the first output of print("hi") (${runs} runs)`);
  console.log(`  Glasspy:            min ${ms(node.firstOutputMs.min)}, median ${ms(node.firstOutputMs.median)}`);
  console.log(`  node alone (-e):    min ${ms(node.nodeAloneMs.min)}, median ${ms(node.nodeAloneMs.median)}`);
  console.log(
    `  CPU time to it:     Glasspy ${ms(node.cpuMs.glasspy)}, node alone ${ms(node.cpuMs.nodeAlone)} (medians; ` +
      `Glasspy's share ${ms(node.cpuMs.glasspy - node.cpuMs.nodeAlone)})`,
  );
  const phases = node.lastRunPhases;
  console.log(
    `  phases (last run):  Node to script ${ms(phases.processToScript)}, import ${ms(phases.importMs)}, ` +
      `load wasm ${ms(phases.loadMs)}, run ${ms(phases.runMs)}`,
  );
  console.log(
    `  wasm memory after start-up and print("hi"): ${(phases.wasmMemoryBytes / 2 ** 20).toFixed(1)} MiB` +
      (phases.heapTopBytes ? ` (in use up to about ${(phases.heapTopBytes / 2 ** 20).toFixed(1)} MiB: static data, stack, heap)` : ''),
  );
  if (figures.chromium) {
    console.log(`\nHeadless Chromium, navigation to the first output of print("hi") (cold cache, local server)`);
    for (const [mode, data] of Object.entries(figures.chromium)) {
      console.log(`  ${mode.padEnd(7)} min ${ms(data.firstOutputMs.min)}, median ${ms(data.firstOutputMs.median)}`);
    }
    const memory = figures.chromium.thread.lastRun.wasmMemoryBytes;
    if (memory) console.log(`  wasm memory (in-thread page): ${(memory / 2 ** 20).toFixed(1)} MiB`);
  }
  await mkdir(`${repoRoot}build/bench`, { recursive: true });
  await writeFile(`${repoRoot}build/bench/startup.json`, `${JSON.stringify(figures, null, 2)}\n`);
  console.log('\nfigures: build/bench/startup.json');
}

await main();
