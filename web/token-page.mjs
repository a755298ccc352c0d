// The placeholder page: loads the engine, then shows the tokens of the textarea's code as
// a table or as `python3 -m tokenize` prints them, updating as you type.
import { loadGlasspy } from '../js/glasspy.mjs';

const $ = (id) => document.getElementById(id);
const source = $('source');
const exact = $('exact');
const output = $('output');
const tableBody = $('token-table').querySelector('tbody');
const dump = $('token-dump');
const errors = $('token-errors');
const empty = $('empty');
const tokenCount = $('token-count');

let interpreter = null;
let pending = false;
let revision = 0; // counts renders; tests wait on it (output's data-revision)

function setStatus(state, text) {
  const status = $('status');
  status.className = `status ${state}`;
  $('status-text').textContent = text;
  document.body.dataset.engine = state; // "loading" | "ready" | "failed", for tests and CSS
}

function currentView() {
  return document.querySelector('input[name="view"]:checked').value;
}

// Coalesces bursts of input events into one update per frame.
function scheduleUpdate() {
  if (pending || !interpreter) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    update();
  });
}

function update() {
  const code = source.value;
  const view = currentView();
  const result = interpreter.tokenDump(code, { exact: exact.checked });
  const tokens = interpreter.tokenize(code);

  $('token-table').hidden = view !== 'table' || tokens.length === 0;
  dump.hidden = view !== 'dump' || result.out === '';
  empty.hidden = view === 'table' ? tokens.length > 0 : result.out !== '';
  if (view === 'table') renderTable(tokens);
  else dump.textContent = result.out;

  errors.hidden = result.err === '';
  errors.textContent = result.err;
  tokenCount.textContent = `${tokens.length} token${tokens.length === 1 ? '' : 's'}`;
  output.dataset.state = 'ready';
  output.dataset.revision = ++revision;
}

function renderTable(tokens) {
  const rows = tokens.map((token, index) => {
    const row = document.createElement('tr');
    const type = exact.checked ? token.exact_type : token.type;
    row.className = `kind-${token.type.toLowerCase()}`;
    row.dataset.index = index;
    for (const text of [index, token.start.join(','), token.end.join(','), type, pythonRepr(token.string)]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  });
  tableBody.replaceChildren(...rows);
  tableBody.tokens = tokens;
}

// Python's repr() of a str, as the dump shows token strings.
function pythonRepr(text) {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

// tokenize's (line, column) counts lines from 1 and columns in code points; the textarea
// counts UTF-16 units from the start.
function offsetOf(text, [line, col]) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  for (let c = 0; c < col && offset < text.length; c++) {
    offset += text.codePointAt(offset) > 0xffff ? 2 : 1;
  }
  return offset;
}

function selectToken(event) {
  const row = event.target.closest('tr');
  const token = row && tableBody.tokens?.[row.dataset.index];
  if (!token) return;
  for (const selected of tableBody.querySelectorAll('tr.selected')) selected.classList.remove('selected');
  row.classList.add('selected');
  source.focus();
  source.setSelectionRange(offsetOf(source.value, token.start), offsetOf(source.value, token.end));
}

async function main() {
  source.addEventListener('input', scheduleUpdate);
  exact.addEventListener('change', scheduleUpdate);
  for (const radio of document.querySelectorAll('input[name="view"]')) radio.addEventListener('change', scheduleUpdate);
  tableBody.addEventListener('click', selectToken);

  const started = performance.now();
  try {
    const glasspy = await loadGlasspy();
    interpreter = glasspy.createInterpreter();
    const ms = Math.round(performance.now() - started);
    setStatus('ready', `Engine ready (${ms} ms)`);
    $('version').textContent = `Glasspy ${glasspy.version} ·`;
    update();
  } catch (error) {
    console.error(error);
    setStatus('failed', `The engine failed to load: ${error.message}`);
    output.dataset.state = 'failed';
  }
}

main();
