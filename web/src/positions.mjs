// Source positions: converts the engine's (line, column) pairs — code-point columns from
// tokenize, UTF-8 byte columns from the AST and the bytecode — to CodeMirror offsets.

// The document offset of `line` (1-based) and `column` counted in code points.
export function offsetFromCodePoints(doc, line, column) {
  const info = lineInfo(doc, line);
  if (!info) return line < 1 ? 0 : doc.length;
  let offset = 0;
  let seen = 0;
  for (; seen < column && offset < info.text.length; seen++) {
    offset += info.text.codePointAt(offset) > 0xffff ? 2 : 1;
  }
  return info.from + offset + (seen < column ? 1 : 0); // past the end: the line break
}

// The document offset of `line` (1-based) and `column` counted in UTF-8 bytes.
export function offsetFromUtf8(doc, line, column) {
  const info = lineInfo(doc, line);
  if (!info) return line < 1 ? 0 : doc.length;
  let offset = 0;
  let bytes = 0;
  while (bytes < column && offset < info.text.length) {
    const cp = info.text.codePointAt(offset);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    offset += cp > 0xffff ? 2 : 1;
  }
  return info.from + offset + (bytes < column ? 1 : 0); // past the end: the line break
}

// The line's start and text, or null when the line is outside the document. Columns past
// the end of a line (a NEWLINE token's end) land on the line break.
function lineInfo(doc, line) {
  if (line < 1 || line > doc.lines) return null;
  const l = doc.line(line);
  return { from: l.from, text: l.text };
}

// A token's range (tokenize positions) as { from, to }, clamped to the document.
export function tokenRange(doc, token) {
  const from = offsetFromCodePoints(doc, token.start[0], token.start[1]);
  const to = offsetFromCodePoints(doc, token.end[0], token.end[1]);
  return clampRange(doc, from, to);
}

// An AST node's or instruction's range ([line, col, end_line, end_col], UTF-8 columns).
export function byteRange(doc, pos) {
  if (!pos || pos[0] == null || pos[0] < 1) return null;
  const from = offsetFromUtf8(doc, pos[0], pos[1] ?? 0);
  const to = pos[2] == null ? doc.line(Math.min(pos[0], doc.lines)).to : offsetFromUtf8(doc, pos[2], pos[3] ?? 0);
  return clampRange(doc, from, to);
}

function clampRange(doc, from, to) {
  const a = Math.max(0, Math.min(from, doc.length));
  const b = Math.max(a, Math.min(to, doc.length));
  return { from: a, to: b };
}

// True when `offset` lies in the range; an empty range contains its own position.
export function rangeContains(range, offset) {
  if (!range) return false;
  return range.from === range.to ? offset === range.from : offset >= range.from && offset < range.to;
}
