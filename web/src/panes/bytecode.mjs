// The Bytecode pane: a dis-style listing of each code object (the module, then every
// function and class body nested in it), with the source line above each group of
// instructions compiled from it.
import { RovingRows } from '../list-nav.mjs';
import { byteRange, rangeContains } from '../positions.mjs';
import { SlicedFill } from './sliced-fill.mjs';
import { showError } from './tokens.mjs';
import { ViewSwitch } from './view-switch.mjs';

export class BytecodePane {
  constructor(root, { onSelectRange, onViewChange }) {
    this.root = root;
    this.views = new ViewSwitch(root, onViewChange);
    this.listing = root.querySelector('.listing');
    this.error = root.querySelector('.pane-error');
    this.count = root.querySelector('.pane-count');
    this.instructions = []; // { row, range, line }
    this.revision = 0;
    this.fill = new SlicedFill();
    this.nav = new RovingRows(this.listing, {
      rowSelector: '.instr',
      onSelect: (row) => {
        const entry = this.instructions[Number(row.dataset.index)];
        onSelectRange(entry.range ?? this.#lineRange(entry.line));
      },
    });
  }

  // result: { code, error, unavailable } — code as py.dis() gives it.
  render(result, doc) {
    this.views.setText(result.text);
    showError(this.error, result.error ?? (result.unavailable ? { message: result.unavailable } : null));
    this.root.classList.toggle('stale', Boolean(result.error));
    if (result.code) {
      this.doc = doc;
      this.instructions = [];
      const codes = [];
      walk(result.code, (code) => codes.push(code));
      this.listing.replaceChildren();
      // Built an instruction at a time, in slices (sliced-fill.mjs): a long file's tens of
      // thousands of instructions never freeze the page.
      const pane = this;
      function* steps() {
        for (const code of codes) yield* pane.#codeSection(code, doc);
      }
      this.fill.startIterator(steps(), () => {
        this.nav.refresh();
        if (this.lastFollow !== undefined) this.follow(this.lastFollow);
      });
      const n = codes.reduce((sum, code) => sum + code.instructions.length, 0);
      const objects = codes.length;
      this.count.textContent = `${objects} code object${objects === 1 ? '' : 's'}, ${n} instruction${n === 1 ? '' : 's'}`;
      this.nav.refresh();
    }
    this.root.dataset.revision = ++this.revision;
  }

  // Marks the instructions compiled from the code under the cursor: those of its line
  // whose source range holds it, else all of its line's, else any whose range holds it
  // (a statement spanning several lines).
  follow(offset) {
    this.lastFollow = offset;
    const holding = this.instructions.filter((i) => i.range && i.range.from < i.range.to && rangeContains(i.range, offset));
    const line = this.doc && offset <= this.doc.length ? this.doc.lineAt(offset).number : null;
    let rows = narrowest(holding.filter((i) => i.line === line));
    if (!rows.length) rows = this.instructions.filter((i) => i.line === line);
    if (!rows.length) rows = narrowest(holding);
    this.nav.mark(rows.map((i) => i.row));
  }

  #lineRange(line) {
    if (!this.doc || !line || line > this.doc.lines) return null;
    const l = this.doc.line(line);
    return { from: l.from, to: l.to };
  }

  // One code object: its name, then its instructions in groups, one per source line
  // (the line's text above them). Groups are blocks the browser skips laying out while
  // they are out of view (see panes.css). A generator: it appends the section to the
  // listing, then one instruction per step (render() runs the steps in slices).
  *#codeSection(code, doc) {
    const section = document.createElement('section');
    section.className = 'code-object';
    const title = document.createElement('h3');
    const first = code.firstlineno ?? code.instructions.find((i) => i.line)?.line;
    title.append(text('span', 'code-name', code.qualname ?? code.name));
    if (first) title.append(text('span', 'code-line', `line ${first}`));
    section.append(title);

    const grid = document.createElement('div');
    grid.className = 'dis-grid';
    grid.setAttribute('role', 'grid');
    grid.setAttribute('aria-readonly', 'true');
    grid.setAttribute('aria-label', `Instructions of ${code.qualname ?? code.name}`);
    section.append(grid);
    this.listing.append(section);
    let group = null;
    let groupRows = 0;
    const newGroup = () => {
      if (group) group.style.setProperty('--rows', String(groupRows));
      group = document.createElement('div');
      group.className = 'line-group';
      group.setAttribute('role', 'rowgroup');
      groupRows = 0;
      grid.append(group);
    };
    let lastLine = null;
    for (const instr of code.instructions) {
      // dis starts a line group where starts_line is set (older data: where line changes).
      const starts = 'starts_line' in instr ? instr.starts_line : instr.line !== lastLine ? instr.line : null;
      if (starts != null && starts > 0) {
        lastLine = starts;
        instr.line ??= starts;
        newGroup();
        const source = instr.line <= doc.lines ? doc.line(instr.line).text.trim() : '';
        const row = text('div', 'source-line', '');
        row.setAttribute('role', 'row');
        const cell = text('span', '', '');
        cell.setAttribute('role', 'rowheader');
        cell.append(text('span', 'line-no', String(instr.line)), text('span', 'line-text', source));
        row.append(cell);
        group.append(row);
        groupRows++;
      } else if (!group) {
        newGroup();
      }
      const row = document.createElement('div');
      row.className = 'instr';
      row.setAttribute('role', 'row');
      row.tabIndex = -1;
      row.dataset.index = this.instructions.length;
      row.dataset.opname = instr.opname;
      row.append(
        gridCell('target', instr.is_jump_target ? '>>' : ''),
        gridCell('offset', String(instr.offset)),
        gridCell('opname', instr.opname),
        gridCell('arg', instr.arg == null ? '' : String(instr.arg)),
        gridCell('argrepr', instr.argrepr ? `(${instr.argrepr})` : ''),
      );
      if (instr.argrepr) row.lastChild.title = instr.argrepr;
      group.append(row);
      groupRows++;
      const pos = instr.positions;
      this.instructions.push({ row, line: instr.line ?? lastLine, range: pos && pos[0] != null ? byteRange(doc, pos) : null });
      yield;
    }
    if (group) group.style.setProperty('--rows', String(groupRows));
  }

}

// Only the innermost ranges: `x` in `f(x)` marks LOAD x, not the whole call too.
function narrowest(instructions) {
  const size = (i) => i.range.to - i.range.from;
  const least = Math.min(...instructions.map(size));
  return instructions.filter((i) => size(i) === least);
}

function walk(code, visit) {
  visit(code);
  for (const child of code.children ?? []) walk(child, visit);
}

function gridCell(className, content) {
  const cell = text('span', className, content);
  cell.setAttribute('role', 'gridcell');
  return cell;
}

function text(tag, className, content) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.textContent = content;
  return el;
}
