// The Tokens pane: the tokens tokenize yields for the editor's text, as a grid (type,
// string, start, end), with the tokenizer's error in place when there is one. Rows come in
// blocks that the browser skips laying out while they are out of view (see panes.css), so
// a long file's thousands of tokens stay cheap.
import { RovingRows } from '../list-nav.mjs';
import { rangeContains, tokenRange } from '../positions.mjs';
import { pythonRepr } from '../python-repr.mjs';
import { SlicedFill } from './sliced-fill.mjs';
import { ViewSwitch } from './view-switch.mjs';

const kBlockRows = 100; // rows per block (laid out, or skipped, together)

export class TokensPane {
  constructor(root, { onSelectRange, onViewChange }) {
    this.root = root;
    this.views = new ViewSwitch(root, onViewChange);
    this.body = root.querySelector('.token-rows');
    this.error = root.querySelector('.pane-error');
    this.count = root.querySelector('.pane-count');
    this.ranges = [];
    this.rows = [];
    this.revision = 0;
    this.fill = new SlicedFill();
    this.nav = new RovingRows(this.body, {
      rowSelector: '.trow',
      onSelect: (row) => onSelectRange(this.ranges[Number(row.dataset.index)]),
    });
  }

  // result: { tokens, error } (error: { message, range } or null). Rows are built in
  // slices (sliced-fill.mjs): a long file's tens of thousands never freeze the page.
  render(result, doc) {
    this.views.setText(result.text);
    const tokens = result.tokens;
    this.ranges = tokens.map((token) => tokenRange(doc, token));
    this.rows = [];
    this.body.replaceChildren();
    let block = null;
    this.fill.start(
      tokens.length,
      (index) => {
        if (index % kBlockRows === 0) {
          block = document.createElement('div');
          block.className = 'rows-block';
          block.setAttribute('role', 'rowgroup');
          block.style.setProperty('--rows', String(Math.min(kBlockRows, tokens.length - index)));
          this.body.append(block);
        }
        block.append(this.#row(tokens[index], index));
      },
      () => this.#filled(),
    );
    this.nav.refresh();
    showError(this.error, result.error);
    const n = tokens.length;
    this.count.textContent = `${n} token${n === 1 ? '' : 's'}`;
    this.root.dataset.revision = ++this.revision;
  }

  #row(token, index) {
    const row = document.createElement('div');
    row.className = 'trow';
    row.setAttribute('role', 'row');
    row.dataset.index = index;
    row.tabIndex = -1;
    const type = token.exact_type && token.exact_type !== token.type ? token.exact_type : '';
    row.append(
      cell('num', String(index)),
      cell('type', token.type, type),
      cell('string', pythonRepr(token.string)),
      cell('pos', `${token.start[0]},${token.start[1]}`),
      cell('pos', `${token.end[0]},${token.end[1]}`),
    );
    row.dataset.kind = kindOf(token.type);
    this.rows.push(row);
    return row;
  }

  // All rows are there: the cursor's row may be one that was not built when it was asked.
  #filled() {
    this.nav.refresh();
    if (this.lastFollow !== undefined) this.follow(this.lastFollow);
  }

  // Marks the token under the editor's cursor.
  follow(offset) {
    this.lastFollow = offset;
    let best = -1;
    this.ranges.forEach((range, index) => {
      if (best < 0 && range.from < range.to && rangeContains(range, offset)) best = index;
    });
    // A cursor just after a token (the end of a name) still points at it.
    if (best < 0) best = this.ranges.findIndex((range) => range.from < range.to && range.to === offset);
    const rows = best >= 0 ? [this.rows[best]] : [];
    this.nav.mark(rows.filter(Boolean));
  }
}

function cell(className, text, detail) {
  const td = document.createElement('span');
  td.setAttribute('role', 'gridcell');
  td.className = className;
  td.textContent = text;
  if (detail) {
    const span = document.createElement('span');
    span.className = 'detail';
    span.textContent = ` ${detail}`;
    td.append(span);
  }
  return td;
}

function kindOf(type) {
  if (type === 'ERRORTOKEN') return 'error';
  if (type === 'NAME' || type === 'OP' || type === 'STRING' || type === 'NUMBER' || type === 'COMMENT') return type.toLowerCase();
  return 'structural';
}

// Shows `error` ({ message }) in the pane's error box, or hides the box.
export function showError(box, error) {
  box.hidden = !error;
  box.textContent = error ? error.message : '';
}
