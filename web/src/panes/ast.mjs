// The AST pane: the syntax tree as a collapsible tree (role="tree"), each node with its
// class name, source position and fields by name. Expansion survives re-parsing (keyed
// by the node's path), and the node under the editor's cursor is revealed and marked.
import { RovingRows } from '../list-nav.mjs';
import { byteRange } from '../positions.mjs';
import { SlicedFill } from './sliced-fill.mjs';
import { showError } from './tokens.mjs';
import { ViewSwitch } from './view-switch.mjs';

// Fields whose string values are operator or context classes (shown as `Add()`), not
// identifiers (shown quoted).
const kOperatorFields = new Set(['op', 'ops', 'ctx']);
const kOpenDepth = 4; // nodes shallower than this start expanded

export class AstPane {
  constructor(root, { onSelectRange, onViewChange }) {
    this.root = root;
    this.views = new ViewSwitch(root, onViewChange);
    this.tree = root.querySelector('[role="tree"]');
    this.error = root.querySelector('.pane-error');
    this.count = root.querySelector('.pane-count');
    this.expanded = new Map(); // path -> the user's choice, overriding kOpenDepth
    this.nodes = []; // { item, range, depth }
    this.revision = 0;
    this.fill = new SlicedFill();
    this.deferred = null; // while building: the module's statements, built in slices
    this.nav = new RovingRows(this.tree, {
      rowSelector: '[role="treeitem"]',
      onSelect: (row) => onSelectRange(this.#rangeOf(row)),
      onKey: (event, row) => this.#treeKey(event, row),
      isShown: (row) => !row.parentElement.closest('[role="group"][hidden]'),
    });
    this.tree.addEventListener('click', (event) => {
      const toggle = event.target.closest('.twisty');
      if (toggle) this.#toggle(toggle.closest('[role="treeitem"]'));
    });
  }

  // result: { tree, error } (error: { message } or null); the previous tree stays visible
  // (dimmed) while the source does not parse.
  render(result, doc) {
    this.views.setText(result.text);
    showError(this.error, result.error);
    this.root.classList.toggle('stale', Boolean(result.error));
    if (result.tree) {
      this.nodes = [];
      this.doc = doc;
      // The module's statements are built in slices (sliced-fill.mjs): a long file's tree
      // of a hundred thousand items never freezes the page.
      this.deferred = [];
      const item = this.#nodeItem(result.tree, '', '', 0, null);
      const statements = this.deferred;
      this.deferred = null;
      this.tree.replaceChildren(item);
      this.fill.start(
        statements.length,
        (index) => statements[index](),
        () => {
          this.nav.refresh();
          if (this.lastFollow) this.follow(...this.lastFollow);
        },
      );
      const n = countNodes(result.tree); // all of them, the ones still to be built too
      this.count.textContent = `${n} node${n === 1 ? '' : 's'}`;
      this.nav.refresh();
    }
    this.root.dataset.revision = ++this.revision;
  }

  // Marks the innermost node holding the cursor (or the whole selection, `selection` being
  // { from, to }), expanding its ancestors. A cursor just after a node (at the end of a
  // line) counts as in it when no node holds it strictly.
  follow(offset, selection) {
    this.lastFollow = [offset, selection];
    const from = selection && selection.from < selection.to ? selection.from : offset;
    const to = selection && selection.from < selection.to ? selection.to : offset;
    const holds = from < to ? (r) => r.from <= from && to <= r.to : (r) => r.from <= from && from < r.to;
    const best = this.#innermost(holds) ?? (from === to ? this.#innermost((r) => r.from < from && r.to === from) : null);
    if (!best) {
      this.nav.mark([]);
      return;
    }
    for (let parent = best.item.parentElement?.closest('[role="treeitem"]'); parent; parent = parent.parentElement?.closest('[role="treeitem"]')) {
      if (parent.getAttribute('aria-expanded') === 'false') this.#setExpanded(parent, true, false);
    }
    this.nav.mark([best.item]);
  }

  // The deepest node whose range passes `test` (the narrowest among equals).
  #innermost(test) {
    let best = null;
    for (const node of this.nodes) {
      if (!node.range || !test(node.range)) continue;
      const size = node.range.to - node.range.from;
      if (!best || node.depth > best.depth || (node.depth === best.depth && size < best.range.to - best.range.from)) best = node;
    }
    return best;
  }

  #rangeOf(row) {
    const index = row.dataset.node;
    return index === undefined ? null : this.nodes[Number(index)].range;
  }

  // A tree item for an AST node: "field: Type  line:col–line:col", children = fields.
  #nodeItem(node, path, label, depth, index) {
    const range = node.pos ? byteRange(this.doc, node.pos) : null;
    const item = treeItem(path);
    // Top-level statements are blocks the browser skips laying out while out of view.
    if (/^\.body\.\d+$/.test(path)) item.classList.add('top-stmt');
    item.dataset.node = this.nodes.length;
    this.nodes.push({ item, range, depth });
    const row = item.firstChild;
    row.append(fieldLabel(label, index));
    const type = span('node-type', node.type);
    row.append(type);
    if (node.pos) row.append(span('node-pos', formatPos(node.pos)));
    const entries = Object.entries(node.fields ?? {});
    if (!entries.length) {
      item.removeAttribute('aria-expanded');
      return item;
    }
    const group = item.lastChild;
    for (const [name, value] of entries) group.append(this.#fieldItem(name, value, `${path}.${name}`, depth + 1));
    this.#setExpanded(item, this.expanded.get(path) ?? depth < kOpenDepth, false);
    return item;
  }

  #fieldItem(name, value, path, depth) {
    if (isNode(value)) return this.#nodeItem(value, path, name, depth, null);
    if (Array.isArray(value) && value.some(isNode)) {
      const item = treeItem(path);
      item.firstChild.append(fieldLabel(name), span('node-list', `[${value.length}]`));
      const group = item.lastChild;
      value.forEach((element, i) => {
        // A list is not a level of its own: its nodes sit at the list field's depth.
        const build = () =>
          group.append(isNode(element) ? this.#nodeItem(element, `${path}.${i}`, '', depth, i) : leafItem(`[${i}]`, scalar(name, element)));
        if (this.deferred && path === '.body') this.deferred.push(build);
        else build();
      });
      this.#setExpanded(item, this.expanded.get(path) ?? depth < kOpenDepth, false);
      return item;
    }
    const text = Array.isArray(value) ? `[${value.map((v) => scalar(name, v)).join(', ')}]` : scalar(name, value);
    return leafItem(name, text);
  }

  #toggle(item) {
    if (!item?.hasAttribute('aria-expanded')) return;
    this.#setExpanded(item, item.getAttribute('aria-expanded') !== 'true', true);
  }

  #setExpanded(item, open, remember) {
    item.setAttribute('aria-expanded', String(open));
    item.lastChild.hidden = !open;
    if (remember) this.expanded.set(item.dataset.path, open);
  }

  // Tree keys (WAI-ARIA tree pattern): Right opens or goes to the first child, Left
  // closes or goes to the parent.
  #treeKey(event, row) {
    const item = row;
    const open = item.getAttribute('aria-expanded');
    if (event.key === 'ArrowRight') {
      if (open === 'false') this.#setExpanded(item, true, true);
      else if (open === 'true') {
        const child = item.lastChild.querySelector('[role="treeitem"]');
        if (child) this.nav.choose(child, true);
      }
      return true;
    }
    if (event.key === 'ArrowLeft') {
      if (open === 'true') this.#setExpanded(item, false, true);
      else {
        const parent = item.parentElement.closest('[role="treeitem"]');
        if (parent) this.nav.choose(parent, true);
      }
      return true;
    }
    return false;
  }
}

// The nodes of a tree as the pane shows them (lists of nodes included).
function countNodes(value) {
  if (Array.isArray(value)) return value.reduce((sum, item) => sum + countNodes(item), 0);
  if (!isNode(value)) return 0;
  let n = 1;
  for (const field of Object.values(value.fields ?? {})) n += countNodes(field);
  return n;
}

let rowIds = 0;

// A tree item is named by its own row only (not by the whole subtree under it).
function labelled(item, row) {
  row.id = `ast-row-${++rowIds}`;
  item.setAttribute('aria-labelledby', row.id);
}

function treeItem(path) {
  const item = document.createElement('li');
  item.setAttribute('role', 'treeitem');
  item.setAttribute('aria-expanded', 'false');
  item.dataset.path = path;
  item.tabIndex = -1;
  const row = document.createElement('div');
  row.className = 'tree-row';
  const twisty = span('twisty', '');
  twisty.setAttribute('aria-hidden', 'true');
  twisty.dataset.noSelect = '';
  row.append(twisty);
  const group = document.createElement('ul');
  group.setAttribute('role', 'group');
  item.append(row, group);
  labelled(item, row);
  return item;
}

function leafItem(name, text) {
  const item = document.createElement('li');
  item.setAttribute('role', 'treeitem');
  item.tabIndex = -1;
  const row = document.createElement('div');
  row.className = 'tree-row leaf';
  row.append(span('twisty', ''), fieldLabel(name), span('node-value', text));
  item.append(row);
  labelled(item, row);
  return item;
}

function fieldLabel(name, index) {
  if (index != null) return span('node-index', `[${index}]`);
  return name ? span('node-field', `${name}:`) : document.createTextNode('');
}

function span(className, text) {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text;
  return s;
}

function isNode(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.type === 'string' && 'fields' in value;
}

// How ast.dump writes a non-node field value.
function scalar(field, value) {
  if (value === null) return 'None';
  if (typeof value === 'object') return value.repr;
  if (typeof value === 'string') return kOperatorFields.has(field) ? `${value}()` : quote(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}

function quote(text) {
  return text.includes("'") && !text.includes('"') ? `"${text}"` : `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function formatPos([line, col, endLine, endCol]) {
  return endLine == null ? `${line}:${col}` : `${line}:${col}–${endLine}:${endCol}`;
}
