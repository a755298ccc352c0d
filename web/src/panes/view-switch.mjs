// The switch every pane has between its structured view (table, tree, listing) and the
// text CPython's own tool prints for the same source (tokenize, ast.dump, dis).

export class ViewSwitch {
  // `root`: the pane; `onChange(view)` after the user picks "structured" or "text".
  constructor(root, onChange) {
    this.root = root;
    this.structured = root.querySelector('.pane-scroll');
    this.textBox = root.querySelector('.pane-text');
    for (const input of root.querySelectorAll('.view-switch input')) {
      input.addEventListener('change', () => {
        this.#show();
        onChange(this.view);
      });
    }
    this.#show();
  }

  get view() {
    return this.root.querySelector('.view-switch input:checked')?.value ?? 'structured';
  }

  // Shows `text` (null: nothing to show, e.g. a syntax error) in the text view.
  setText(text) {
    this.textBox.textContent = text ?? '';
  }

  #show() {
    const text = this.view === 'text';
    this.structured.hidden = text;
    this.textBox.hidden = !text;
  }
}
