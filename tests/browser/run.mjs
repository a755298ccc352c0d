// Browser test of the page in headless Chromium (Debian's, driven by playwright-core):
// serves web/ + build/wasm on a free port, loads the page, types code and checks the
// tokens it renders against CPython's (tests/js/fixtures). Saves a screenshot to
// build/screenshots/, then runs every tests/browser/*.test.mjs script (one check each) and
// ends with "N passed, M failed" (exit 1 on failure).
//   node tests/browser/run.mjs        (after scripts/build-wasm)
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { startServer } from '../../web/dev-server.mjs';

const repoRoot = new URL('../../', import.meta.url);
const fixtures = new URL('tests/js/fixtures/', repoRoot);
const screenshotDir = new URL('build/screenshots/', repoRoot);
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const kReady = 15_000; // ms for the engine to load
const kUpdate = 3_000; // ms for the page to react to input

const results = { passed: 0, failed: 0 };

async function check(name, body) {
  try {
    await body();
    results.passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    results.failed++;
    const message = String(error?.message ?? error)
      .replace(/\x1b\[[0-9;]*m/g, '') // Playwright's call logs carry terminal colours
      .split('\n')
      .slice(0, 12)
      .join('\n    ');
    console.log(`FAIL - ${name}\n    ${message}`);
  }
}

function expectEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}:\n  expected ${e}\n  actual   ${a}`);
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The Python repr of a str, as the page's table shows token strings (for 7-bit ASCII).
function pythonRepr(text) {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = [...text]
    .map((ch) => (ch === quote || ch === '\\' ? `\\${ch}` : ch === '\n' ? '\\n' : ch))
    .join('');
  return quote + body + quote;
}

async function main() {
  for (const file of ['glasspy.js', 'glasspy.wasm']) {
    if (!existsSync(new URL(`build/wasm/${file}`, repoRoot))) {
      throw new Error(`build/wasm/${file} missing: run scripts/build-wasm first`);
    }
  }
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} missing (apt-get install chromium)`);

  const header = await readFile(new URL('engine/glasspy.h', repoRoot), 'utf8');
  const version = header.match(/kVersion\s*=\s*"([^"]+)"/)[1];
  const expectedDump = await readFile(new URL('assign.tokenize.txt', fixtures), 'utf8');
  const expectedTokens = JSON.parse(await readFile(new URL('assign.tokens.json', fixtures), 'utf8'));

  const server = await startServer({ port: 0 });
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
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const consoleProblems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') consoleProblems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => consoleProblems.push(`page error: ${error.message}`));

    // Hold the .wasm back a little, so that the loading state can be seen.
    let wasmRequests = 0;
    await page.route('**/glasspy.wasm', async (route) => {
      wasmRequests++;
      await sleep(600);
      await route.continue();
    });
    const wasmResponse = page.waitForResponse((response) => response.url().endsWith('/glasspy.wasm'));

    await page.goto(server.url);

    await check('shows a loading state while the engine downloads', async () => {
      const status = page.locator('#status');
      expect(await status.isVisible(), 'status line not visible');
      expect((await status.getAttribute('class')).includes('loading'), 'status is not in its loading state');
      expect(/Loading/.test(await status.textContent()), `status says "${await status.textContent()}"`);
    });

    await check('the engine loads and the page says so', async () => {
      await page.waitForSelector('body[data-engine="ready"]', { timeout: kReady });
      const text = await page.locator('#status').textContent();
      expect(/ready/i.test(text), `status says "${text}"`);
    });

    await check('the .wasm is served as application/wasm, fetched once', async () => {
      const response = await wasmResponse;
      expectEqual(response.headers()['content-type'], 'application/wasm', 'content-type');
      expectEqual(wasmRequests, 1, 'requests for glasspy.wasm');
    });

    await check('the footer shows the engine version', async () => {
      const text = await page.locator('#version').textContent();
      expect(text.includes(version), `footer says "${text}", engine/glasspy.h says ${version}`);
    });

    await check('the page is cross-origin isolated (SharedArrayBuffer for input())', async () => {
      expect(await page.evaluate(() => globalThis.crossOriginIsolated), 'crossOriginIsolated is false');
    });

    const revisionBefore = Number(await page.locator('#output').getAttribute('data-revision'));
    const source = page.locator('#source');
    await source.fill('');
    await source.pressSequentially('x = 1');
    await source.press('Enter');

    await check('typing updates the token output', async () => {
      expectEqual(await source.inputValue(), 'x = 1\n', 'textarea');
      await page.waitForFunction(
        (before) => Number(document.getElementById('output').dataset.revision) > before,
        revisionBefore,
        { timeout: kUpdate },
      );
    });

    await check('the table shows the tokens CPython yields for x = 1', async () => {
      await page.waitForSelector('#token-table tbody tr', { timeout: kUpdate });
      const rows = await page.$$eval('#token-table tbody tr', (trs) =>
        trs.map((tr) => [...tr.cells].slice(1).map((td) => td.textContent)),
      );
      const expected = expectedTokens.map((t) => [t.start.join(','), t.end.join(','), t.type, pythonRepr(t.string)]);
      expectEqual(rows, expected, 'table rows [start, end, type, string]');
    });

    await check('clicking a row selects its token in the source', async () => {
      const row = page.locator('#token-table tbody tr', { hasText: 'NUMBER' });
      await row.click({ timeout: kUpdate });
      const selected = await source.evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
      expectEqual(selected, '1', 'selected text');
    });

    await check('the dump view shows what python3 -m tokenize prints', async () => {
      await page.locator('input[name="view"][value="dump"]').check();
      await page.waitForSelector('#token-dump:not([hidden])', { timeout: kUpdate });
      expectEqual(await page.locator('#token-dump').textContent(), expectedDump, 'dump');
    });

    // The screenshot: a multi-line example in the table view.
    await page.locator('input[name="view"][value="table"]').check();
    await source.fill(await readFile(new URL('function.py', fixtures), 'utf8'));
    await sleep(200);
    await mkdir(screenshotDir, { recursive: true });
    const shot = new URL('token-page.png', screenshotDir);
    await page.screenshot({ path: fileURLToPath(shot) });
    console.log(`screenshot: ${fileURLToPath(shot)}`);

    await check('no errors or warnings in the console', async () => {
      expect(consoleProblems.length === 0, consoleProblems.join('\n'));
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  await main();
} catch (error) {
  results.failed++;
  console.log(`FAIL - browser test setup\n    ${error.stack ?? error}`);
}

// The other browser tests, tests/browser/*.test.mjs (the playground's end-to-end tests,
// which build and serve build/site; the worker's), each a script of its own: one check each.
for (const name of readdirSync(fileURLToPath(new URL('.', import.meta.url))).filter((f) => f.endsWith('.test.mjs')).sort()) {
  await check(`${name.replace(/\.test\.mjs$/, '')} (tests/browser/${name})`, async () => {
    const { spawnSync } = await import('node:child_process');
    const file = fileURLToPath(new URL(name, import.meta.url));
    const child = spawnSync(process.execPath, [file], { stdio: 'inherit' });
    expect(child.status === 0, `exit status ${child.status}`);
  });
}
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed ? 1 : 0;
