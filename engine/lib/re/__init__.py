# The re module (frozen stdlib): Pattern and Match objects, the module functions, flags,
# replacement templates and a compile cache, over re._parser and re._compiler.
from re import _parser, _compiler
from re._parser import error

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I',
           'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']
__version__ = '2.2.1'


class RegexFlag(int):
    """An enumeration."""
    _names = {}

    def __new__(cls, value, name=None):
        self = int.__new__(cls, value)
        self._name = name
        return self

    @property
    def name(self):
        return self._name

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        if self._name is not None:
            return 're.' + self._name
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for bit, name in _FLAG_ORDER:
            if v & bit:
                parts.append('re.' + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec) if spec else repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


RegexFlag.__module__ = 're'
_FLAG_ORDER = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),
               (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'),
               (128, 'DEBUG')]
NOFLAG = RegexFlag(0, 'NOFLAG')
A = ASCII = RegexFlag(256, 'ASCII')
I = IGNORECASE = RegexFlag(2, 'IGNORECASE')
L = LOCALE = RegexFlag(4, 'LOCALE')
U = UNICODE = RegexFlag(32, 'UNICODE')
M = MULTILINE = RegexFlag(8, 'MULTILINE')
S = DOTALL = RegexFlag(16, 'DOTALL')
X = VERBOSE = RegexFlag(64, 'VERBOSE')
T = TEMPLATE = RegexFlag(1, 'TEMPLATE')
DEBUG = RegexFlag(128, 'DEBUG')


def _as_text(obj):
    if isinstance(obj, (bytes, bytearray)):
        return obj.decode('latin-1')
    if isinstance(obj, memoryview):
        return obj.tobytes().decode('latin-1')
    return obj


class Pattern:
    """Compiled regular expression object."""
    __module__ = 're'

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._bytes = not isinstance(pattern, str)
        text = _as_text(pattern)
        if self._bytes:
            if flags & U:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
        else:
            if flags & L:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            if not flags & A:
                flags |= U
        if flags & A and flags & U:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        seq, st = _parser.parse(text, int(flags), pattern)
        self.flags = int(st.flags) | (32 if not self._bytes and not st.flags & A else 0)
        self.groups = st.groups - 1
        self.groupindex = dict(st.names)
        self._names = {index: name for name, index in st.names.items()}
        self._program = _compiler.Program(seq, st.groups)

    def _subject(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return _as_text(string)
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        return string

    def _bounds(self, text, pos, endpos):
        n = len(text)
        pos = 0 if pos < 0 else min(pos, n)
        endpos = n if endpos is None else max(0, min(endpos, n))
        return pos, endpos

    def _make(self, string, text, st, pos, endpos):
        return Match(self, string, text, st.marks, st.endpos, st.lastindex, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        if pos > endpos:
            return None
        st = self._program.run(text, pos, endpos, False)
        return None if st is None else self._make(string, text, st, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        if pos > endpos:
            return None
        st = self._program.run(text, pos, endpos, True)
        return None if st is None else self._make(string, text, st, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        if pos > endpos:
            return None
        st = self._program.search(text, pos, endpos, False)
        return None if st is None else self._make(string, text, st, pos, endpos)

    def _iter(self, text, pos, endpos):
        # (start, state) for each match, CPython's rules for empty matches.
        program = self._program
        must_advance = False
        while pos <= endpos:
            st = program.search(text, pos, endpos, must_advance)
            if st is None:
                return
            start = st.marks[0]
            yield st
            must_advance = st.endpos == start
            pos = st.endpos

    def finditer(self, string, pos=0, endpos=None):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        for st in self._iter(text, pos, endpos):
            yield self._make(string, text, st, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        out = []
        groups = self.groups
        conv = _bytes_of if self._bytes else None
        empty = b'' if self._bytes else ''
        for st in self._iter(text, pos, endpos):
            marks = st.marks
            if groups == 0:
                item = text[marks[0]:st.endpos]
                item = conv(item) if conv else item
            elif groups == 1:
                a, b = marks[2], marks[3]
                item = (conv(text[a:b]) if conv else text[a:b]) if a >= 0 and b >= 0 else empty
            else:
                parts = []
                for g in range(1, groups + 1):
                    a, b = marks[2 * g], marks[2 * g + 1]
                    parts.append((conv(text[a:b]) if conv else text[a:b]) if a >= 0 and b >= 0 else empty)
                item = tuple(parts)
            out.append(item)
        return out

    def split(self, string, maxsplit=0):
        text = self._subject(string)
        out = []
        last = 0
        n = 0
        conv = _bytes_of if self._bytes else (lambda t: t)
        for st in self._iter(text, 0, len(text)):
            if maxsplit and n >= maxsplit:
                break
            start = st.marks[0]
            out.append(conv(text[last:start]))
            marks = st.marks
            for g in range(1, self.groups + 1):
                a, b = marks[2 * g], marks[2 * g + 1]
                out.append(conv(text[a:b]) if a >= 0 and b >= 0 else None)
            last = st.endpos
            n += 1
        out.append(conv(text[last:]))
        return out

    def subn(self, repl, string, count=0):
        text = self._subject(string)
        if callable(repl):
            template = None
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and isinstance(template[0], str):
                literal = template[0]
                template = None
                repl = None
        parts = []
        last = 0
        n = 0
        bytes_mode = self._bytes
        for st in self._iter(text, 0, len(text)):
            if count and n >= count:
                break
            start = st.marks[0]
            parts.append(text[last:start])
            if template is not None:
                parts.append(_expand_template(template, text, st.marks))
            elif repl is None:
                parts.append(literal)
            else:
                value = repl(self._make(string, text, st, 0, len(text)))
                if value is not None:
                    if bytes_mode:
                        if not isinstance(value, (bytes, bytearray, memoryview)):
                            raise TypeError("expected a bytes-like object, %s found" % type(value).__name__)
                        parts.append(_as_text(value))
                    else:
                        if not isinstance(value, str):
                            raise TypeError('expected str instance, %s found' % type(value).__name__)
                        parts.append(value)
            last = st.endpos
            n += 1
        parts.append(text[last:])
        result = ''.join(parts)
        return (_bytes_of(result) if bytes_mode else result), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner')

    def __repr__(self):
        flags = self.flags
        if not self._bytes:
            flags &= ~U
        text = repr(self.pattern)[:200]
        if flags:
            return 're.compile(%s, %r)' % (text, RegexFlag(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


def _bytes_of(text):
    return text.encode('latin-1')


class Match:
    """The result of re.match() and re.search()."""
    __module__ = 're'

    def __init__(self, pattern, string, text, marks, end, lastindex, pos, endpos):
        self.re = pattern
        self.string = string
        self._text = text
        self._marks = marks
        self._marks[1] = end
        self.pos = pos
        self.endpos = endpos
        self.lastindex = None if lastindex < 0 else lastindex
        self.lastgroup = pattern._names.get(lastindex) if lastindex >= 0 else None

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(type(g), '__index__') and not isinstance(g, str):
            try:
                g = g.__index__()
            except Exception:
                raise IndexError('no such group')
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError('no such group')
        if isinstance(g, str) or isinstance(g, bytes):
            index = self.re.groupindex.get(g)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _get(self, index, default=None):
        a, b = self._marks[2 * index], self._marks[2 * index + 1]
        if a < 0 or b < 0:
            return default
        text = self._text[a:b]
        return _bytes_of(text) if self.re._bytes else text

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        index = self._index(group)
        return self._marks[2 * index + 1] if self._marks[2 * index] >= 0 else -1

    def span(self, group=0):
        index = self._index(group)
        a, b = self._marks[2 * index], self._marks[2 * index + 1]
        if a < 0 or b < 0:
            return (-1, -1)
        return (a, b)

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def expand(self, template):
        parsed = _compile_template(self.re, template)
        result = _expand_template(parsed, self._text, self._marks)
        return _bytes_of(result) if self.re._bytes else result

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%s>' % (self.span(), repr(self.group())[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


_template_cache = {}


def _compile_template(pattern, repl):
    # A list of literal strs and group indexes.
    key = (pattern, repl)
    cached = _template_cache.get(key)
    if cached is not None:
        return cached
    bytes_mode = pattern._bytes
    if bytes_mode:
        if not isinstance(repl, (bytes, bytearray, memoryview)):
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
    elif not isinstance(repl, str):
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    text = _as_text(repl)
    out = []
    lit = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        here = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', repl, here)
        c = text[i]
        i += 1
        if c == 'g':
            if i >= n or text[i] != '<':
                raise error('missing <', repl, i)
            end = text.find('>', i + 1)
            if end < 0:
                raise error('missing >, unterminated name', repl, i + 1)
            name = text[i + 1:end]
            if not name:
                raise error('missing group name', repl, i + 1)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = pattern.groupindex[name]
            else:
                raise error('bad character in group name %r' % name, repl, i + 1)
            i = end + 1
        elif c == '0':
            digits = c
            while i < n and len(digits) < 3 and text[i] in '01234567':
                digits += text[i]
                i += 1
            lit.append(chr(int(digits, 8)))
            continue
        elif c in '123456789':
            digits = c
            if i < n and text[i] in '0123456789':
                if c in '01234567' and text[i] in '01234567' and i + 1 < n and text[i + 1] in '01234567':
                    value = int(text[here + 1:i + 2], 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % text[here + 1:i + 2], repl, here)
                    lit.append(chr(value))
                    i += 2
                    continue
                digits += text[i]
                i += 1
            index = int(digits)
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, repl, here + 1)
        elif c in _parser.ESCAPES:
            lit.append(_parser.ESCAPES[c])
            continue
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\' + c, repl, here)
        else:
            lit.append('\\' + c)
            continue
        if lit:
            out.append(''.join(lit))
            lit = []
        out.append(index)
    if lit:
        out.append(''.join(lit))
    if not out:
        out.append('')
    if len(_template_cache) > 256:
        _template_cache.clear()
    _template_cache[key] = out
    return out


def _expand_template(template, text, marks):
    parts = []
    for item in template:
        if isinstance(item, str):
            parts.append(item)
        else:
            a, b = marks[2 * item], marks[2 * item + 1]
            if a >= 0 and b >= 0:
                parts.append(text[a:b])
    return ''.join(parts)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    compiled = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string, returning a Match object, or None if no match was found."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string, returning a Match object, or None if no match was found."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern, returning a Match object, or None if no match was found."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern in string by the replacement repl."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Return a 2-tuple containing (new_string, number)."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the source string by the occurrences of the pattern, returning a list containing the resulting substrings."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | T)


_SPECIAL_CHARS = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL_CHARS)
    return str(pattern, 'latin1').translate(_SPECIAL_CHARS).encode('latin1')
