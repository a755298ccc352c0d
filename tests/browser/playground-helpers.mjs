// Helpers of the playground's browser test (playground.test.mjs): building the site when
// stale, CPython's answers for the checks, screenshots, and driving the page.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { siteDir } from '../../web/dev-server.mjs';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const screenshotDir = path.join(repoRoot, 'build', 'screenshots');
export const kRun = 10_000; // ms for a short program to finish

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// --- set-up ------------------------------------------------------------------------------

// Rebuilds build/site when a source it is made of is newer than it.
export function ensureSite() {
  const index = path.join(siteDir, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const newest = Math.max(
    newestIn(path.join(repoRoot, 'web')),
    newestIn(path.join(repoRoot, 'js')),
    newestIn(path.join(repoRoot, 'examples')),
    ...['glasspy.js', 'glasspy.wasm'].map((f) => mtime(path.join(repoRoot, 'build', 'wasm', f))),
  );
  if (newest > built) {
    console.log('building the site (scripts/build-site)');
    execFileSync('bash', [path.join(repoRoot, 'scripts', 'build-site')], { stdio: 'inherit' });
  }
}

export function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : mtime(full));
  }
  return newest;
}

export function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

// Whether build/wasm can run programs yet (the wasm build was front-end only before).
export async function engineCanRun() {
  try {
    const { loadGlasspy } = await import('../../js/glasspy.mjs');
    const py = await loadGlasspy({ stdout: () => {}, stderr: () => {} });
    return typeof py.native.start === 'function';
  } catch {
    return false;
  }
}

// CPython's tokens for `source`, as the Tokens pane shows them: [type, string repr, start, end].
export function cpythonTokens(source) {
  const script = [
    'import io, sys, tokenize, json',
    'src = sys.stdin.read()',
    'rows = [[tokenize.tok_name[t.type], repr(t.string), "%d,%d" % t.start, "%d,%d" % t.end]',
    '        for t in tokenize.tokenize(io.BytesIO(src.encode()).readline)]',
    'print(json.dumps(rows))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script], { input: source, encoding: 'utf8' }));
}

// What python3 -m tokenize, ast.dump(indent=4) and python3 -m dis print for `source` in main.py.
export function cpythonTexts(source) {
  const script = [
    'import ast, dis, io, json, os, subprocess, sys, tempfile',
    'src = sys.stdin.read()',
    'folder = tempfile.mkdtemp()',
    'open(os.path.join(folder, "main.py"), "w").write(src)',
    'run = lambda *args: subprocess.run([sys.executable, *args, "main.py"], cwd=folder, capture_output=True, text=True).stdout',
    'print(json.dumps({"tokenize": run("-m", "tokenize"), "dump": ast.dump(ast.parse(src), indent=4), "dis": run("-m", "dis")}))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script], { input: source, encoding: 'utf8' }));
}

export async function shot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `playground-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// --- page helpers ------------------------------------------------------------------------

export async function setSource(page, text) {
  await page.evaluate((t) => (globalThis.playground.source = t), text);
}

export async function consoleText(page) {
  return page.locator('#console').textContent();
}

// Clicks Run and waits for the run to end; returns the console text.
export async function runProgram(page, source, { timeout = kRun } = {}) {
  if (source !== undefined) await setSource(page, source);
  const before = Number((await page.locator('body').getAttribute('data-runs')) ?? 0);
  await page.click('#run');
  await page.waitForSelector(`body[data-run="done"][data-runs="${before + 1}"]`, { timeout });
  return consoleText(page);
}

// The editor's selected text.
export async function editorSelection(page) {
  return page.evaluate(() => getSelection().toString());
}

// The text under the pane-driven highlight in the editor.
export async function highlighted(page) {
  return page.locator('.cm-gp-highlight').allTextContents().then((parts) => parts.join(''));
}

// Puts the editor's cursor at (line, column) as a user would: a click at the start of the
// line, then arrow keys.
export async function placeCursor(page, line, column) {
  await page.locator('.cm-line').nth(line - 1).click({ position: { x: 1, y: 4 } });
  for (let i = 0; i < column; i++) await page.keyboard.press('ArrowRight');
}
