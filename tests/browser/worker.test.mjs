// Browser test of GlasspyWorker in headless Chromium (Debian's, driven by playwright-core):
// a local static server serves js/ + build/wasm/ + tests/browser/pages/worker.html, once
// with COOP/COEP headers (cross-origin isolated: blocking input() through SharedArrayBuffer)
// and once without (input() suspends the VM). Checks streaming output, Stop and input().
// Ends with "N passed, M failed" (exit 1 on failure).
//   node tests/browser/worker.test.mjs        (after scripts/build-wasm; GLASSPY_WASM_DIR=...)
import { existsSync } from 'node:fs';

import { pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

import { loadGlasspyModule } from '../../js/glasspy.mjs';

import { startStaticServer } from './static-server.mjs';

const repoRoot = new URL('../../', import.meta.url);
const wasmDir = process.env.GLASSPY_WASM_DIR ?? new URL('build/wasm/', repoRoot).pathname;
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const kReady = 20_000; // ms for the engine to load in the worker

const results = { passed: 0, failed: 0 };

const kCheck = 20_000; // ms a check may take before it counts as failed (a hang)

async function check(name, body) {
  let timer;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer after ${kCheck} ms`)), kCheck);
    });
    await Promise.race([body(), timeout]);
    results.passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    results.failed++;
    const message = String(error?.message ?? error)
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .slice(0, 12)
      .join('\n    ');
    console.log(`FAIL - ${name}\n    ${message}`);
  } finally {
    clearTimeout(timer);
  }
}

// Figures reported (not asserted), printed at the end.
const notes = [];
function note(text) {
  notes.push(text);
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

function expectEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}:\n  expected ${e}\n  actual   ${a}`);
}

// Installed in the page: one worker whose output is recorded with arrival times.
function setUpPage() {
  globalThis.out = { stdout: '', stderr: '', chunks: [] };
  const record = (stream) => (text) => {
    out[stream] += text;
    out.chunks.push({ stream, text, at: performance.now() });
  };
  globalThis.worker = new GlasspyWorker({ stdout: record('stdout'), stderr: record('stderr') });
  globalThis.runRecorded = async (source) => {
    out = { stdout: '', stderr: '', chunks: [] };
    const started = performance.now();
    const result = await worker.run(source);
    return { result, ...out, started, ended: performance.now() };
  };
  return worker.ready;
}

const kSlowProgram = [
  'import time',
  'print("first", flush=True)',
  'end = time.monotonic() + 1.0',
  'while time.monotonic() < end:',
  '    pass',
  'print("last")',
  '',
].join('\n');

async function testPage(browser, isolated) {
  const label = isolated ? 'isolated' : 'not isolated';
  const server = await startStaticServer({ isolated, wasmDir });
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(`${server.url}tests/browser/pages/worker.html`);
    await page.waitForSelector('body[data-loaded="yes"]', { state: 'attached', timeout: kReady });

    await check(`${label}: the worker loads the engine, input mode ${isolated ? 'blocking' : 'suspend'}`, async () => {
      const ready = await page.evaluate(setUpPage);
      expectEqual(await page.evaluate(() => globalThis.crossOriginIsolated), isolated, 'crossOriginIsolated');
      expectEqual(ready.inputMode, isolated ? 'blocking' : 'suspend', 'inputMode');
    });

    await check(`${label}: print("hi") runs`, async () => {
      const run = await page.evaluate(() => runRecorded('print("hi")\n'));
      expectEqual(run.result, { ok: true, exitCode: 0, error: null }, 'result');
      expectEqual(run.stdout, 'hi\n', 'stdout');
    });

    await check(`${label}: recursion 100,000 deep with a raised limit`, async () => {
      const run = await page.evaluate(() =>
        runRecorded('import sys\nsys.setrecursionlimit(100050)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(100000))\n'),
      );
      expectEqual(run.stdout, '100000\n', 'stdout');
      expectEqual(run.result.ok, true, 'ok');
    });

    await check(`${label}: output streams in while the program runs`, async () => {
      const run = await page.evaluate((source) => runRecorded(source), kSlowProgram);
      expectEqual(run.stdout, 'first\nlast\n', 'stdout');
      const first = run.chunks[0].at - run.started;
      expect(first < 500, `first chunk after ${first} ms`);
      note(`${label}: first output chunk ${first.toFixed(1)} ms after run(), ${(run.ended - run.started).toFixed(0)} ms in all`);
      expect(run.ended - run.chunks[0].at > 600, `first chunk only ${run.ended - run.chunks[0].at} ms before the end`);
    });

    await check(`${label}: Stop ends while True: pass within 100 ms; the page stays responsive`, async () => {
      const outcome = await page.evaluate(async () => {
        out = { stdout: '', stderr: '', chunks: [] };
        const running = worker.run('print("looping")\nwhile True:\n    pass\n');
        // The page keeps running its own timers during the loop.
        let ticks = 0;
        const timer = setInterval(() => ticks++, 10);
        await new Promise((resolve) => setTimeout(resolve, 400));
        clearInterval(timer);
        const stopAt = performance.now();
        await worker.stop();
        const result = await running;
        return { result, took: performance.now() - stopAt, ticks, stderr: out.stderr, stdout: out.stdout };
      });
      expect(outcome.ticks >= 20, `only ${outcome.ticks} timer ticks in 400 ms`);
      expect(outcome.took < 100, `stopped after ${outcome.took} ms`);
      note(`${label}: stop() to the run's end: ${outcome.took.toFixed(1)} ms`);
      expectEqual(outcome.result.error.type, 'KeyboardInterrupt', 'error type');
      expect(/KeyboardInterrupt\n$/.test(outcome.stderr), `stderr ${JSON.stringify(outcome.stderr)}`);
      const after = await page.evaluate(() => runRecorded('print(6 * 7)\n'));
      expectEqual(after.stdout, '42\n', 'stdout after the stop');
    });

    await check(`${label}: Stop ends a program that prints without end within 100 ms`, async () => {
      const outcome = await page.evaluate(async () => {
        out = { stdout: '', stderr: '', chunks: [] };
        const running = worker.run('i = 0\nwhile True:\n    print("spam", i)\n    i += 1\n');
        await new Promise((resolve) => setTimeout(resolve, 400));
        const stopAt = performance.now();
        await worker.stop();
        const result = await running;
        const lines = out.stdout.split('\n');
        return { type: result.error?.type, took: performance.now() - stopAt, lines: lines.length, last: lines.at(-2) };
      });
      expectEqual(outcome.type, 'KeyboardInterrupt', 'error type');
      expect(outcome.took < 100, `stopped after ${outcome.took} ms`);
      expect(outcome.lines > 1000, `only ${outcome.lines} lines printed in 400 ms`);
      note(`${label}: printing loop: ${outcome.lines} lines in ~400 ms, stop() took ${outcome.took.toFixed(1)} ms`);
    });

    await check(`${label}: input() waits for the page's answer`, async () => {
      const run = await page.evaluate(async () => {
        const prompts = [];
        const onInput = (event) => {
          prompts.push(event.detail.prompt);
          setTimeout(() => event.detail.respond(prompts.length === 1 ? 'Ada' : null), 50);
        };
        worker.addEventListener('input', onInput);
        try {
          const run = await runRecorded(
            'name = input("Name? ")\nprint("Hello,", name)\ntry:\n    input()\nexcept EOFError:\n    print("EOF")\n',
          );
          return { ...run, prompts, mode: worker.inputMode };
        } finally {
          worker.removeEventListener('input', onInput);
        }
      });
      expectEqual(run.mode, isolated ? 'blocking' : 'suspend', 'mode');
      expectEqual(run.prompts, ['Name? ', ''], 'prompts');
      expectEqual(run.stdout, 'Name? Hello, Ada\nEOF\n', 'stdout');
      expectEqual(run.result.ok, true, 'ok');
    });

    await check(`${label}: Stop while input() waits`, async () => {
      const outcome = await page.evaluate(async () => {
        const asked = new Promise((resolve) => worker.addEventListener('input', resolve, { once: true }));
        const running = worker.run('input("? ")\nprint("never")\n');
        await asked;
        const stopAt = performance.now();
        await worker.stop();
        const result = await running;
        return { type: result.error?.type, took: performance.now() - stopAt };
      });
      expectEqual(outcome.type, 'KeyboardInterrupt', 'error type');
      expect(outcome.took < 100, `stopped after ${outcome.took} ms`);
    });

    await check(`${label}: a crashed worker rejects its run and restarts`, async () => {
      const outcome = await page.evaluate(async () => {
        const running = worker.run('while True:\n    pass\n');
        await new Promise((resolve) => setTimeout(resolve, 100));
        worker.crashForTesting();
        let message = null;
        try {
          await running;
        } catch (error) {
          message = error.message;
        }
        await worker.ready;
        const after = await runRecorded('print("alive")\n');
        return { message, stdout: after.stdout };
      });
      expect(/restarted/.test(outcome.message ?? ''), `rejection ${JSON.stringify(outcome.message)}`);
      expectEqual(outcome.stdout, 'alive\n', 'stdout after the restart');
    });

    await check(`${label}: in-thread interpreters on the page: run, isolation, tokens, ast, dis`, async () => {
      const outcome = await page.evaluate(async () => {
        const { loadGlasspy } = await import('../../../js/glasspy.mjs');
        let textA = '';
        let textB = '';
        const a = await loadGlasspy({ stdout: (t) => (textA += t), stderr: () => {} });
        const b = a.createInterpreter({ stdout: (t) => (textB += t), stderr: () => {} });
        try {
          a.run('import sys\nsys.tag = "a"\nprint(sys.tag)\n');
          const resultB = b.run('import sys\nprint(getattr(sys, "tag", None))\n1 / 0\n');
          return {
            textA,
            textB,
            errorB: resultB.error.type,
            frameB: resultB.error.frames[0].line,
            tokens: a.tokens('x = 1\n').map((t) => t.type),
            ast: a.ast('x = 1\n').tree.fields.body[0].type,
            dis: a.dis('x = 1\n').code.instructions.map((i) => i.opname),
          };
        } finally {
          a.dispose();
          b.dispose();
        }
      });
      expectEqual(outcome.textA, 'a\n', 'first interpreter');
      expectEqual(outcome.textB, 'None\n', 'second interpreter');
      expectEqual([outcome.errorB, outcome.frameB], ['ZeroDivisionError', 3], 'error');
      expectEqual(outcome.tokens, ['ENCODING', 'NAME', 'OP', 'NUMBER', 'NEWLINE', 'ENDMARKER'], 'tokens');
      expectEqual(outcome.ast, 'Assign', 'ast');
      expectEqual(outcome.dis, ['RESUME', 'LOAD_CONST', 'STORE_NAME', 'LOAD_CONST', 'RETURN_VALUE'], 'dis');
    });

    await check(`${label}: a worker given the page's compiled module runs`, async () => {
      const stdout = await page.evaluate(async () => {
        const { loadGlasspy } = await import('../../../js/glasspy.mjs');
        const py = await loadGlasspy({ stdout: () => {} }); // in-thread, as a page's panes would
        let text = '';
        const second = new GlasspyWorker({ wasmModule: py.module.wasmModule, stdout: (t) => (text += t) });
        try {
          await second.run('print(sum(range(10)))\n');
        } finally {
          second.terminate();
          py.dispose();
        }
        return text;
      });
      expectEqual(stdout, '45\n', 'stdout');
    });

    await check(`${label}: no errors or warnings in the console`, async () => {
      expect(problems.length === 0, problems.join('\n'));
    });
  } finally {
    await page.close().catch(() => {});
    await server.close();
  }
}

async function main() {
  for (const file of ['glasspy.js', 'glasspy.wasm']) {
    if (!existsSync(`${wasmDir}/${file}`)) throw new Error(`${wasmDir}/${file} missing: run scripts/build-wasm first`);
  }
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} missing (apt-get install chromium)`);
  const { native } = await loadGlasspyModule({ baseUrl: pathToFileURL(`${wasmDir.replace(/\/$/, '')}/`) });
  if (typeof native.Interpreter.prototype.start !== 'function') {
    console.log('skip - this wasm build cannot run programs (front-end only)');
    return;
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    await testPage(browser, true);
    await testPage(browser, false);
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (error) {
  results.failed++;
  console.log(`FAIL - worker browser test setup\n    ${error.stack ?? error}`);
}
for (const text of notes) console.log(`# ${text}`);
console.log(`${results.passed} passed, ${results.failed} failed`);
// Exit even if a page or the browser hangs on in the background.
process.exit(results.failed ? 1 : 0);
