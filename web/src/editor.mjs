// The code editor: CodeMirror 6 with Python support, a theme drawn from the page's CSS
// variables (so it follows light/dark), and two decorations the panes drive: the
// highlighted source range and the syntax-error range.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import {
  bracketMatching,
  foldGutter,
  foldKeymap,
  HighlightStyle,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from '@codemirror/language';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import {
  crosshairCursor,
  Decoration,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  rectangularSelection,
  WidgetType,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';

// Sets (or clears, with null) the range a pane asked to show: { from, to }.
const setHighlight = StateEffect.define();
// Sets (or clears) the syntax error: { from, to, message }.
const setError = StateEffect.define();

const highlightMark = Decoration.mark({ class: 'cm-gp-highlight' });

function rangeField(effect, decorate) {
  return StateField.define({
    create: () => Decoration.none,
    update(value, tr) {
      value = value.map(tr.changes);
      for (const e of tr.effects) if (e.is(effect)) value = e.value ? decorate(e.value, tr.state) : Decoration.none;
      return value;
    },
    provide: (field) => EditorView.decorations.from(field),
  });
}

const highlightField = rangeField(setHighlight, ({ from, to }) =>
  from < to ? Decoration.set([highlightMark.range(from, to)]) : Decoration.none,
);

// The message at the end of the error's line, where the eye already is.
class ErrorMessage extends WidgetType {
  constructor(message) {
    super();
    this.message = message;
  }

  eq(other) {
    return other.message === this.message;
  }

  toDOM() {
    const span = document.createElement('span');
    span.className = 'cm-gp-error-message';
    span.textContent = this.message;
    return span;
  }
}

const errorField = rangeField(setError, ({ from, to, message }, state) => {
  const line = state.doc.lineAt(from);
  const marks = [Decoration.line({ class: 'cm-gp-error-line' }).range(line.from)];
  // An error at the end of a line (or of the file) still gets a visible mark.
  const end = Math.max(to, Math.min(from + 1, line.to));
  if (from < end) marks.push(Decoration.mark({ class: 'cm-gp-error', attributes: { title: message } }).range(from, end));
  marks.push(Decoration.widget({ widget: new ErrorMessage(message), side: 1 }).range(line.to));
  return Decoration.set(marks, true);
});

// Syntax colours come from CSS variables (style.css), so the theme follows the page.
const pythonHighlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword], color: 'var(--syn-keyword)' },
  { tag: [tags.operatorKeyword, tags.bool, tags.null, tags.self], color: 'var(--syn-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--syn-string)' },
  { tag: [tags.number], color: 'var(--syn-number)' },
  { tag: [tags.comment], color: 'var(--syn-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.function(tags.variableName)], color: 'var(--syn-function)' },
  { tag: [tags.definition(tags.className), tags.className], color: 'var(--syn-class)' },
  { tag: [tags.meta], color: 'var(--syn-decorator)' },
  { tag: [tags.operator], color: 'var(--syn-operator)' },
  { tag: [tags.escape], color: 'var(--syn-number)' },
  { tag: [tags.invalid], color: 'var(--error)' },
]);

const editorTheme = EditorView.theme({
  '&': { height: '100%', color: 'var(--text)', backgroundColor: 'var(--panel)' },
  '.cm-scroller': { fontFamily: 'var(--mono)', fontSize: 'var(--code-size)', lineHeight: '1.55' },
  '.cm-content': { caretColor: 'var(--accent)', padding: '10px 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--accent)', borderLeftWidth: '2px' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--selection) !important',
  },
  '.cm-gutters': { backgroundColor: 'var(--panel)', color: 'var(--faint)', border: 'none' },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 10px 0 14px' },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: 'var(--muted)' },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--bracket)', outline: 'none' },
  '.cm-tooltip': { backgroundColor: 'var(--panel-raised)', border: '1px solid var(--border)', color: 'var(--text)' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--selected)', color: 'var(--text)' },
  '.cm-panels': { backgroundColor: 'var(--panel-raised)', color: 'var(--text)' },
  '.cm-foldGutter .cm-gutterElement': { padding: '0 4px', color: 'var(--faint)' },
  '.cm-line.cm-gp-error-line': { backgroundColor: 'var(--error-soft)' },
  '.cm-gp-error-message': {
    marginLeft: '1.5em',
    padding: '0 6px',
    borderRadius: '4px',
    color: 'var(--error)',
    fontFamily: 'var(--sans)',
    fontSize: '12px',
  },
});

/**
 * Creates the editor in `parent`. `onRun` is bound to Ctrl/Cmd-Enter; `onChange(text)`
 * after edits; `onCursor(offset, { from, to })` when the user moves the cursor or the
 * selection, or types.
 */
export function createEditor(parent, { doc, onRun, onChange, onCursor, label }) {
  const runKeys = keymap.of([
    { key: 'Mod-Enter', preventDefault: true, run: () => (onRun(), true) },
  ]);
  const listener = EditorView.updateListener.of((update) => {
    if (update.docChanged) onChange(update.state.doc.toString());
    if (update.docChanged || update.selectionSet) {
      const main = update.state.selection.main;
      onCursor(main.head, { from: main.from, to: main.to });
    }
  });
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        runKeys,
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        foldGutter({ markerDOM: foldMarker }),
        drawSelection(),
        EditorState.allowMultipleSelections.of(true),
        indentOnInput(),
        indentUnit.of('    '),
        EditorState.tabSize.of(4),
        syntaxHighlighting(pythonHighlight),
        bracketMatching(),
        closeBrackets(),
        autocompletion({ activateOnTyping: false }),
        rectangularSelection(),
        crosshairCursor(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        keymap.of([
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...searchKeymap,
          ...historyKeymap,
          ...foldKeymap,
          ...completionKeymap,
          indentWithTab,
        ]),
        python(),
        editorTheme,
        highlightField,
        errorField,
        listener,
        EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
      ],
    }),
  });
  return new Editor(view);
}

function foldMarker(open) {
  const span = document.createElement('span');
  span.className = `cm-gp-fold ${open ? 'open' : 'closed'}`;
  span.textContent = open ? '⌄' : '›';
  return span;
}

// The operations the rest of the page needs, in its own terms.
class Editor {
  constructor(view) {
    this.view = view;
  }

  get text() {
    return this.view.state.doc.toString();
  }

  get doc() {
    return this.view.state.doc;
  }

  get cursor() {
    return this.view.state.selection.main.head;
  }

  // The main selection: { from, to } (equal when it is just the cursor).
  get selection() {
    const { from, to } = this.view.state.selection.main;
    return { from, to };
  }

  // Replaces the whole text (an example, a share link); the cursor goes to the start.
  setText(text) {
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      selection: { anchor: 0 },
      effects: [setHighlight.of(null), setError.of(null)],
      scrollIntoView: true,
    });
  }

  // Marks `range` ({ from, to } or null) as the one a pane points at, and scrolls to it.
  highlight(range) {
    const effects = [setHighlight.of(range)];
    if (range) effects.push(EditorView.scrollIntoView(range.from, { y: 'nearest', yMargin: 40 }));
    this.view.dispatch({ effects });
  }

  // Shows a syntax error ({ from, to, message }) in place, or clears it (null).
  showError(error) {
    this.view.dispatch({ effects: setError.of(error) });
  }

  // Selects line `n` (a traceback link) and focuses the editor.
  selectLine(n) {
    const doc = this.view.state.doc;
    const line = doc.line(Math.max(1, Math.min(n, doc.lines)));
    const start = line.from + (line.text.length - line.text.trimStart().length);
    this.view.dispatch({
      selection: { anchor: start, head: line.to },
      effects: EditorView.scrollIntoView(start, { y: 'center' }),
    });
    this.view.focus();
  }

  focus() {
    this.view.focus();
  }
}
