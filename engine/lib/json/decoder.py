# JSON decoding (frozen stdlib, json package): a recursive-descent scanner with CPython's
# JSONDecodeError messages and positions, hooks and NaN/Infinity constants.
__all__ = ['JSONDecoder', 'JSONDecodeError']

_WS = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}
_HEX = '0123456789abcdefABCDEF'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _Scanner:
    def __init__(self, decoder, s):
        self.s = s
        self.n = len(s)
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def error(self, msg, pos):
        raise JSONDecodeError(msg, self.s, pos)

    def skip(self, i):
        s = self.s
        n = self.n
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= self.n:
            self.error('Expecting value', i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = self.n
        start = i
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and '0' <= s[i] <= '9':
                i += 1
        else:
            self.error('Expecting value', start)
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and '0' <= s[j] <= '9':
                while j < n and '0' <= s[j] <= '9':
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def string(self, i):
        s = self.s
        n = self.n
        start = i - 1
        chunks = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not self.strict):
                j += 1
            if j >= n:
                self.error('Unterminated string starting at', start)
            if j > i:
                chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                self.error('Invalid control character at', j)
            if j + 1 >= n:
                self.error('Unterminated string starting at', start)
            esc = s[j + 1]
            if esc != 'u':
                if esc not in _ESCAPES:
                    self.error('Invalid \\escape', j)
                chunks.append(_ESCAPES[esc])
                i = j + 2
                continue
            code = self.hex4(j)
            i = j + 6
            if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
                low = self.hex4(i)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            chunks.append(chr(code))

    def hex4(self, j):
        digits = self.s[j + 2:j + 6]
        if len(digits) != 4 or any(d not in _HEX for d in digits):
            self.error('Invalid \\uXXXX escape', j + 1)
        return int(digits, 16)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.skip(i)
        if i < self.n and s[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= self.n or s[i] != '"':
                self.error('Expecting property name enclosed in double quotes', i)
            key, i = self.string(i + 1)
            key = self.memo.setdefault(key, key)
            i = self.skip(i)
            if i >= self.n or s[i] != ':':
                self.error("Expecting ':' delimiter", i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip(i)
            if i < self.n and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= self.n or s[i] != ',':
                self.error("Expecting ',' delimiter", i)
            i = self.skip(i + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, i):
        s = self.s
        values = []
        i = self.skip(i)
        if i < self.n and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.skip(i)
            if i < self.n and s[i] == ']':
                return values, i + 1
            if i >= self.n or s[i] != ',':
                self.error("Expecting ',' delimiter", i)
            i = self.skip(i + 1)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _Scanner(self, s).skip(0))
        end = _Scanner(self, s).skip(end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return _Scanner(self, s).value(idx)
