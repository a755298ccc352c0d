# The tokenize module for Glasspy: tokenize() / generate_tokens() yield the TokenInfo
# tuples of CPython 3.11's pure-Python tokenizer (the engine's lex/tokenize_compat does the
# work, through _tokenize); detect_encoding() and untokenize() as in CPython.
from builtins import open as _builtin_open
from token import *
from token import EXACT_TOKEN_TYPES
import token as _token
from _named_tuple import named_tuple as _named_tuple
import _tokenize

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                            "untokenize", "TokenInfo"]
del _token



class TokenInfo(_named_tuple('TokenInfo', 'type string start end line', module='tokenize')):
    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


def _read_all(readline, empty):
    lines = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        lines.append(line)
    return empty.join(lines)


def _raise_error(error, source_lines):
    kind, message, line, col = error
    if kind == 'TokenError':
        raise TokenError(message, (line, col))
    if kind == 'IndentationError':
        text = source_lines[line - 1] if 0 < line <= len(source_lines) else ''
        raise IndentationError(message, ('<tokenize>', line, col, text))
    raise SyntaxError(message)


def _generate(result, text):
    encoding, tokens, error = result
    make = tuple.__new__
    for item in tokens:
        yield make(TokenInfo, item)
    if error is not None:
        _raise_error(error, text.splitlines(True))


def tokenize(readline):
    """Tokenize the bytes lines that readline() returns, as CPython's tokenize does:
    an ENCODING token first, then 5-tuples (type, string, start, end, line) as TokenInfo.
    """
    data = _read_all(readline, b'')
    result = _tokenize._tokenize_bytes(data)
    try:
        text = data.decode(result[0] or 'utf-8')
    except Exception:
        text = ''
    return _generate(result, text)


def generate_tokens(readline):
    """Tokenize a source reading Python code as unicode strings (no ENCODING token)."""
    text = _read_all(readline, '')
    return _generate(_tokenize._tokenize_str(text), text)


def _is_blank_or_comment(line):
    stripped = line.lstrip(b' \t\f')
    return not stripped or stripped[:1] in (b'#', b'\r', b'\n')


def detect_encoding(readline):
    """The encoding a file's first two lines declare (BOM, coding cookie or 'utf-8'),
    and the lines read to find it."""
    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    lines = []
    first = read_or_stop()
    bom = first.startswith(b'\xef\xbb\xbf')
    if bom:
        first = first[3:]
    if first:
        lines.append(first)
        if b'coding' not in first and _is_blank_or_comment(first):
            second = read_or_stop()
            if second:
                lines.append(second)
    encoding, _, error = _tokenize._tokenize_bytes((b'\xef\xbb\xbf' if bom else b'') + b''.join(lines))
    if error is not None and error[0] == 'SyntaxError':
        raise SyntaxError(error[1])
    if bom:
        encoding = 'utf-8-sig'
    return encoding, lines


def open(filename):
    """Open a file in read only mode using the encoding detected by detect_encoding()."""
    with _builtin_open(filename, 'rb') as f:
        data = f.read()
    lines = data.splitlines(True)
    encoding, _ = detect_encoding(iter(lines).__next__)
    return _builtin_open(filename, 'r', encoding=encoding)


class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, token, start, end, line = t
            if tok_type == ENCODING:
                self.encoding = token
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(token)
                continue
            if tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(token)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        startline = token[0] in (NEWLINE, NL)
        prevstring = False
        pending = [token]
        for tok in _chain(pending, iterable):
            toknum, tokval = tok[:2]
            if toknum == ENCODING:
                self.encoding = tokval
                continue
            if toknum in (NAME, NUMBER):
                tokval += ' '
            if toknum == STRING:
                if prevstring:
                    tokval = ' ' + tokval
                prevstring = True
            else:
                prevstring = False
            if toknum == INDENT:
                indents.append(tokval)
                continue
            if toknum == DEDENT:
                indents.pop()
                continue
            if toknum in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                self.tokens.append(indents[-1])
                startline = False
            self.tokens.append(tokval)


def _chain(first, rest):
    yield from first
    yield from rest


def untokenize(iterable):
    """Transform tokens back into Python source code (bytes if an ENCODING token is
    seen, else str)."""
    untokenizer = Untokenizer()
    out = untokenizer.untokenize(iterable)
    if untokenizer.encoding is not None:
        out = out.encode(untokenizer.encoding)
    return out
