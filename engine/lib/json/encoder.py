# JSON encoding (frozen stdlib, json package): JSONEncoder with indent, separators,
# sort_keys, default, ensure_ascii, allow_nan and circular-reference checks.
__all__ = ['JSONEncoder']

_ESCAPE = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPE.setdefault(chr(_i), '\\u%04x' % _i)
INFINITY = float('inf')


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return '"' + ''.join([_ESCAPE.get(c, c) for c in s]) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = []
    for c in s:
        if ' ' <= c <= '~':
            out.append('\\\\' if c == '\\' else '\\"' if c == '"' else c)
            continue
        e = _ESCAPE.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            n -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        _Writer(self, chunks).value(o, 0)
        return chunks


class _Writer:
    def __init__(self, enc, out):
        self.enc = enc
        self.out = out
        self.markers = {} if enc.check_circular else None
        self.string = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.string(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.mark(o)
            self.value(self.enc.default(o), level)
            self.unmark(o)

    def array(self, o, level):
        out = self.out
        if not o:
            out.append('[]')
            return
        self.mark(o)
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep += newline
            out.append('[' + newline)
        else:
            out.append('[')
        first = True
        for item in o:
            if not first:
                out.append(sep)
            first = False
            self.value(item, level)
        if self.indent is not None:
            out.append('\n' + self.indent * (level - 1))
        out.append(']')
        self.unmark(o)

    def object(self, o, level):
        out = self.out
        if not o:
            out.append('{}')
            return
        self.mark(o)
        enc = self.enc
        sep = enc.item_separator
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep += newline
            out.append('{' + newline)
        else:
            out.append('{')
        items = sorted(o.items()) if enc.sort_keys else o.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif enc.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if not first:
                out.append(sep)
            first = False
            out.append(self.string(key))
            out.append(enc.key_separator)
            self.value(value, level)
        if self.indent is not None:
            out.append('\n' + self.indent * (level - 1))
        out.append('}')
        self.unmark(o)
