// Keyboard and pointer selection for the panes' rows (tokens, instructions, tree items):
// one row is in the tab order at a time (roving tabindex); arrows, Home/End and PageUp/Down
// move, and moving selects. `onSelect(row)` is told about every selection the user makes.

export class RovingRows {
  // `isShown(row)`: whether a row is on screen (the tree's folded rows are not); asked
  // without forcing a layout.
  constructor(container, { rowSelector, onSelect, onKey, isShown = () => true }) {
    this.container = container;
    this.rowSelector = rowSelector;
    this.isShown = isShown;
    this.onSelect = onSelect;
    this.onKey = onKey; // extra keys (the tree's Left/Right); returns true when handled
    this.current = null;
    container.addEventListener('click', (event) => {
      const row = event.target.closest(rowSelector);
      if (row && container.contains(row) && !event.target.closest('[data-no-select]')) this.choose(row, true);
    });
    container.addEventListener('keydown', (event) => this.#keydown(event));
  }

  rows() {
    return [...this.container.querySelectorAll(this.rowSelector)].filter(this.isShown);
  }

  // Called after the rows were re-rendered (all with tabIndex -1): keeps one of them
  // reachable by Tab.
  refresh() {
    const keep = this.container.querySelector(`${this.rowSelector}.selected`) ?? this.container.querySelector(this.rowSelector);
    if (!keep) return;
    keep.tabIndex = 0;
    this.current = keep;
  }

  // Selects `row` on the user's behalf (focus moves there when `focus`).
  choose(row, focus) {
    this.mark([row]);
    this.#makeCurrent(row);
    if (focus) row.focus({ preventScroll: false });
    this.onSelect(row);
  }

  // Marks rows as matching the editor's cursor without moving focus; scrolls the first
  // into view.
  mark(rows) {
    for (const old of this.container.querySelectorAll(`${this.rowSelector}.selected`)) {
      old.classList.remove('selected');
      old.removeAttribute('aria-selected');
    }
    for (const row of rows) {
      row.classList.add('selected');
      row.setAttribute('aria-selected', 'true');
    }
    if (rows.length) {
      this.#makeCurrent(rows[0]);
      rows[0].scrollIntoView({ block: 'nearest' });
    }
  }

  #makeCurrent(row) {
    if (this.current && this.current !== row) this.current.tabIndex = -1;
    row.tabIndex = 0;
    this.current = row;
  }

  #keydown(event) {
    const row = event.target.closest(this.rowSelector);
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    if (this.onKey?.(event, row)) {
      event.preventDefault();
      return;
    }
    const rows = this.rows();
    const at = rows.indexOf(row);
    const viewport = this.container.closest('.pane-scroll') ?? this.container;
    const page = Math.max(1, Math.floor(viewport.clientHeight / Math.max(1, row.offsetHeight)) - 1);
    const targets = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: Math.min(rows.length - 1, at + page),
      PageUp: Math.max(0, at - page),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(row, true);
      return;
    }
    const target = rows[targets[event.key]];
    if (targets[event.key] === undefined) return;
    event.preventDefault();
    if (target) this.choose(target, true);
  }
}
