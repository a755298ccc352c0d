// The playground's wiring: editor, console, the three panes, examples, share links, Run and
// Stop, and the engine's loading state. Each part lives in its own module; this one only
// connects them.
import { Console } from './console.mjs';
import { createEditor } from './editor.mjs';
import { createRunner, downloadEngine, loadAnalysis } from './engine.mjs';
import { examples, firstExample } from './examples.mjs';
import { setupLayout } from './layout.mjs';
import { AstPane } from './panes/ast.mjs';
import { BytecodePane } from './panes/bytecode.mjs';
import { TokensPane } from './panes/tokens.mjs';
import { offsetFromCodePoints } from './positions.mjs';
import { registerServiceWorker } from './service-worker.mjs';
import { fragmentFor, sourceFromFragment } from './share.mjs';

const kFileName = 'main.py';
const kDraftKey = 'glasspy.draft';
const kFollowDelayMs = 180; // panes recompute this long after the last keystroke

const $ = (id) => document.getElementById(id);
const timing = { start: performance.now() };

// --- editor ---------------------------------------------------------------------------

const editor = createEditor($('editor'), {
  doc: (await initialSource()) ?? firstExample?.source ?? 'print("Hello, world!")\n',
  label: 'Python source code (main.py)',
  onRun: () => run(),
  onChange: (text) => {
    schedulePanes();
    saveDraft(text);
    forgetShareLink();
  },
  onCursor: (offset, selection) => followCursor(offset, selection),
});
document.body.dataset.editor = 'ready';
timing.editorReady = performance.now();

async function initialSource() {
  const shared = await sourceFromFragment(location.hash);
  if (shared !== null) return shared;
  try {
    return localStorage.getItem(kDraftKey);
  } catch {
    return null; // storage disabled
  }
}

let draftTimer = 0;
function saveDraft(text) {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => {
    try {
      localStorage.setItem(kDraftKey, text);
    } catch {
      // storage full or disabled: drafts are a convenience
    }
  }, 400);
}

// Once the code is edited, the address no longer holds it: drop the fragment, so that a
// reload brings back the draft (the edited code), not the link's original.
let applyingLink = false;
function forgetShareLink() {
  if (!applyingLink && /^#(code|text)=/.test(location.hash)) history.replaceState(null, '', location.pathname + location.search);
}

window.addEventListener('hashchange', async () => {
  const shared = await sourceFromFragment(location.hash);
  if (shared === null || shared === editor.text) return;
  applyingLink = true;
  editor.setText(shared);
  applyingLink = false;
});

// --- layout, console ------------------------------------------------------------------

const layout = setupLayout({ onPaneShown: () => refreshPanes() });

const output = new Console($('console'), {
  fileName: kFileName,
  onLineLink: (line) => {
    layout.show('code');
    editor.selectLine(line);
  },
});

$('clear').addEventListener('click', () => {
  output.clear();
  $('console-empty').hidden = false;
  $('run-info').textContent = '';
});

// --- panes ----------------------------------------------------------------------------

const paneOptions = {
  onSelectRange: (range) => editor.highlight(range),
  onViewChange: () => {
    for (const name of Object.keys(fresh)) fresh[name] = null;
    refreshPanes();
  },
};
const panes = {
  tokens: new TokensPane($('pane-tokens'), paneOptions),
  ast: new AstPane($('pane-ast'), paneOptions),
  bytecode: new BytecodePane($('pane-bytecode'), paneOptions),
};
const fresh = { tokens: null, ast: null, bytecode: null }; // the text each pane shows
let analysis = null;
let paneTimer = 0;

function schedulePanes() {
  clearTimeout(paneTimer);
  paneTimer = setTimeout(refreshPanes, kFollowDelayMs);
}

// Recomputes what is visible (and the syntax error, which the editor always shows); other
// panes catch up when they are shown. The analysis answers asynchronously: an answer for a
// text the editor no longer holds is dropped (a newer refresh is on its way).
let refreshSerial = 0;
async function refreshPanes() {
  if (!analysis) return;
  const serial = ++refreshSerial;
  const text = editor.text;
  const current = () => serial === refreshSerial && editor.text === text;
  const parsed = await analysis.ast(text);
  if (!current()) return;
  const doc = editor.doc;
  editor.showError(errorRange(parsed.error, doc));
  for (const name of layout.visiblePanes()) {
    if (fresh[name] === text) continue;
    const result = name === 'tokens' ? await analysis.tokens(text) : name === 'ast' ? { ...parsed, text: parsed.dump } : await analysis.dis(text);
    // The tokenize text costs a second pass: only when it is on screen.
    if (name === 'tokens' && panes.tokens.views.view === 'text') result.text = await analysis.tokenText(text);
    if (!current()) return;
    fresh[name] = text;
    panes[name].render(result, doc);
    panes[name].follow(editor.cursor, editor.selection);
  }
}

function followCursor(offset, selection) {
  if (!analysis) return;
  // Typing re-renders the panes shortly; following now would mark stale rows.
  for (const name of layout.visiblePanes()) if (fresh[name] === editor.text) panes[name].follow(offset, selection);
}

// The editor range of a syntax error ({ lineno, offset, ... }: 1-based code-point offsets).
function errorRange(error, doc) {
  if (!error || !error.lineno) return null;
  const line = Math.min(error.lineno, doc.lines);
  const from = offsetFromCodePoints(doc, line, Math.max(0, (error.offset ?? (error.column ?? 0) + 1) - 1));
  let to = from;
  if (error.end_lineno && error.end_offset > 0 && (error.end_lineno > error.lineno || error.end_offset > error.offset)) {
    to = offsetFromCodePoints(doc, Math.min(error.end_lineno, doc.lines), error.end_offset - 1);
  }
  return { from: Math.min(from, doc.length), to: Math.min(Math.max(to, from), doc.length), message: error.short ?? error.message };
}

// --- examples, share ------------------------------------------------------------------

const select = $('examples');
for (const group of new Set(examples.map((e) => e.group))) {
  const optgroup = document.createElement('optgroup');
  optgroup.label = group;
  for (const example of examples.filter((e) => e.group === group)) optgroup.append(new Option(example.title, example.name));
  select.append(optgroup);
}
select.addEventListener('change', () => {
  const example = examples.find((e) => e.name === select.value);
  if (example) {
    layout.show('code');
    editor.setText(example.source);
    editor.focus();
    toast(`Loaded “${example.title}” — Ctrl+Z brings your code back.`);
  }
  select.value = '';
});

$('share').addEventListener('click', async () => {
  const fragment = await fragmentFor(editor.text);
  history.replaceState(null, '', fragment);
  const url = location.href;
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // no clipboard permission: the address bar holds the link
  }
  toast(copied ? 'Link copied — it holds your code.' : 'The address bar now holds a link to your code.');
});

let toastTimer = 0;
function toast(text) {
  const box = $('toast');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (box.hidden = true), 3000);
}

// --- running --------------------------------------------------------------------------

let runner = null;
let running = false;
let runQueued = false;
let runCount = 0;

function setStatus(state, text) {
  document.body.dataset.engine = state;
  $('status').dataset.state = state;
  $('status-text').textContent = text;
  const loading = state === 'loading';
  $('progress').hidden = !loading;
  $('progress').setAttribute('aria-busy', String(loading));
}

// The download's share of the bar (the rest of the loading is indeterminate).
function showDownload(loaded, total) {
  const bar = $('progress');
  if (!total) return;
  const percent = Math.min(100, Math.round((loaded / total) * 100));
  bar.classList.add('determinate');
  bar.setAttribute('aria-valuenow', String(percent));
  bar.firstElementChild.style.width = `${percent}%`;
  $('status-text').textContent = `Downloading the Python engine… ${percent}% of ${(total / 1048576).toFixed(1)} MB`;
}

async function run() {
  if (running) return;
  if (!runner) {
    runQueued = true;
    toast('The engine is still loading; your program runs as soon as it is ready.');
    return;
  }
  running = true;
  const thisRun = ++runCount;
  document.body.dataset.run = 'running';
  $('run').disabled = true;
  $('stop').disabled = false;
  $('console-empty').hidden = true;
  output.clear();
  layout.showOutputOnPhone();
  $('run-info').textContent = 'running…';
  const started = performance.now();
  timing.runStart = started;
  timing.runFirstOutput = null;
  let result;
  try {
    result = await runner.run(editor.text, { filename: kFileName });
  } catch (error) {
    result = { ok: false, error: { type: 'Error', message: String(error.message ?? error), traceback: '' }, crashed: true };
  }
  const seconds = (performance.now() - started) / 1000;
  output.cancelInput();
  finishRun(result, seconds);
  if (thisRun === runCount) {
    running = false;
    document.body.dataset.run = 'done';
    document.body.dataset.runs = String(runCount);
    $('run').disabled = false;
    $('stop').disabled = true;
  }
}

function finishRun(result, seconds) {
  const error = result?.error;
  output.finish();
  // The traceback normally streams to stderr; show it if it did not.
  if (error?.traceback && !output.text.includes(error.traceback.trimEnd())) {
    output.write('stderr', error.traceback);
    output.finish();
  }
  const took = seconds < 1 ? `${Math.round(seconds * 1000)} ms` : `${seconds.toFixed(2)} s`;
  if (result?.crashed) output.note(`The engine failed: ${error.message}`, 'error');
  else if (error?.type === 'KeyboardInterrupt') output.note(`Stopped after ${took}.`, 'stopped');
  else if (error && error.type !== 'SystemExit') output.note(`${error.type} after ${took}.`, 'error');
  else if (result?.exitCode) output.note(`Exited with status ${result.exitCode} after ${took}.`, 'info');
  // sys.exit() (SystemExit) is a normal end; its status says whether it failed.
  const failed = (Boolean(error) && error.type !== 'SystemExit') || Boolean(result?.exitCode);
  let info = `finished in ${took}`;
  if (error?.type === 'KeyboardInterrupt') info = 'stopped';
  else if (error && error.type !== 'SystemExit') info = error.type;
  else if (result?.exitCode) info = `exit status ${result.exitCode}`;
  $('run-info').textContent = info;
  $('output-badge').hidden = !failed;
  $('output-badge').textContent = error ? '!' : '';
}

$('run').addEventListener('click', () => run());
// Ctrl/Cmd-Enter runs from anywhere on the page, not only from the editor.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
    event.preventDefault();
    run();
  }
});
$('stop').addEventListener('click', async () => {
  if (!running || !runner) return;
  $('stop').disabled = true;
  output.cancelInput();
  await runner.stop();
});

function onOutput(stream, text) {
  timing.firstOutput ??= performance.now();
  timing.runFirstOutput ??= performance.now();
  output.write(stream, text);
}

// For tests and the curious: the editor's text and the page's timings (ms since navigation).
globalThis.playground = {
  get source() {
    return editor.text;
  },
  set source(text) {
    editor.setText(text);
  },
  timing,
};

// --- start-up -------------------------------------------------------------------------

async function start() {
  setStatus('loading', 'Loading the Python engine…');
  await downloadEngine(showDownload);
  $('progress').classList.remove('determinate');
  $('progress').removeAttribute('aria-valuenow');
  $('progress').firstElementChild.style.width = '';
  $('status-text').textContent = 'Starting the Python engine…';
  const runnerReady = (async () => {
    const worker = createRunner({
      stdout: (text) => onOutput('stdout', text),
      stderr: (text) => onOutput('stderr', text),
      input: (prompt) => output.ask(prompt),
    });
    // A program that ignored Stop, or an engine crash, costs the worker: it is replaced.
    worker.addEventListener('restart', () => {
      toast('The Python engine was restarted.');
      document.body.dataset.restarts = String(Number(document.body.dataset.restarts ?? 0) + 1);
    });
    await worker.ready;
    return worker;
  })();
  try {
    analysis = await loadAnalysis();
    timing.analysisReady = performance.now();
    refreshPanes();
    followCursor(editor.cursor, editor.selection);
    runner = await runnerReady;
    timing.runnerReady = performance.now();
    setStatus('ready', `Ready · engine ${analysis.version}`);
    if (runQueued) run();
  } catch (error) {
    console.error(error);
    setStatus('failed', `The engine did not load: ${error.message ?? error}`);
  }
}

// The service worker caches the site once the engine is up, so the two downloads do not
// compete (its copies come from the HTTP cache).
start().finally(() => registerServiceWorker({ onUpdate: () => toast('A new version is ready: reload the page to use it.') }));
