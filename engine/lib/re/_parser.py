# Regular-expression parser (frozen stdlib, re package): pattern text -> a tree of tuples
# that re._compiler turns into matcher closures. Messages and positions follow CPython.

I, L, U, M, S, X, A = 2, 4, 32, 8, 16, 64, 256
MAXREPEAT = 4294967295
FLAG_LETTERS = {'i': I, 'L': L, 'm': M, 's': S, 'x': X, 'a': A, 'u': U}
SPECIAL = '.\\[{()*+?^$|'
ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
           '\\': '\\'}
CATEGORIES = 'dDwWsS'
ANCHORS = {'A': 'begin', 'Z': 'end', 'b': 'boundary', 'B': 'nonboundary'}
DIGITS = '0123456789'
OCTDIGITS = '01234567'
HEXDIGITS = '0123456789abcdefABCDEF'

# Tree nodes (tuples, first item the kind):
#   ('lit', text, icase)          ('any', dotall)          ('set', items, negated, icase, ascii)
#   ('group', index|None, seq)    ('alt', [seq, ...])      ('rep', min, max, kind, seq)
#   ('at', where, multiline, ascii)  ('ref', index, icase)  ('look', behind, negated, seq)
#   ('cond', index, yes, no)      ('atomic', seq)
# where seq is a list of nodes; set items are chars, (lo, hi) ranges and category letters.


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'


class State:
    def __init__(self, text, flags, original):
        self.text = text
        self.original = original
        self.pos = 0
        self.flags = flags
        self.groups = 1
        self.names = {}
        self.open = []
        self.has_refs = False
        self.is_bytes = not isinstance(original, str)
        self.deferred = []  # (?(N)...) references checked once every group is known

    def error(self, msg, pos):
        raise error(msg, self.original, pos)

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ''

    def get(self):
        c = self.text[self.pos] if self.pos < len(self.text) else ''
        self.pos += 1
        return c

    def match(self, c):
        if self.text.startswith(c, self.pos):
            self.pos += len(c)
            return True
        return False


def parse(text, flags, original):
    st = State(text, flags, original)
    seq = parse_alt(st, True)
    if st.pos < len(text):
        st.error('unbalanced parenthesis', st.pos)
    for index, pos in st.deferred:
        if index >= st.groups:
            st.error('invalid group reference %d' % index, pos)
    return seq, st


def parse_alt(st, top=False):
    branches = [parse_seq(st, top)]
    while st.match('|'):
        branches.append(parse_seq(st, False))
    if len(branches) == 1:
        return branches[0]
    return [('alt', branches)]


def _skip_verbose(st):
    text = st.text
    while st.pos < len(text):
        c = text[st.pos]
        if c in ' \t\n\r\v\f':
            st.pos += 1
        elif c == '#':
            end = text.find('\n', st.pos)
            st.pos = len(text) if end < 0 else end + 1
        else:
            break


def parse_seq(st, top):
    seq = []
    text = st.text
    n = len(text)
    start = st.pos
    while True:
        if st.flags & X:
            _skip_verbose(st)
        if st.pos >= n:
            break
        c = text[st.pos]
        if c == '|' or c == ')':
            break
        here = st.pos
        st.pos += 1
        if c == '(':
            item = parse_group(st, here, top and not seq)
            if item is None:
                continue
        elif c == '[':
            item = parse_set(st, here)
        elif c == '.':
            item = ('any', bool(st.flags & S))
        elif c == '^':
            item = ('at', 'bol', bool(st.flags & M), False)
        elif c == '$':
            item = ('at', 'eol', bool(st.flags & M), False)
        elif c == '\\':
            item = parse_escape(st, here)
        elif c in '*+?{':
            if c == '{':
                rep = parse_braces(st)
                if rep is None:
                    seq.append(('lit', c, bool(st.flags & I)))
                    continue
                lo, hi = rep
            else:
                lo, hi = {'*': (0, MAXREPEAT), '+': (1, MAXREPEAT), '?': (0, 1)}[c]
            if not seq or seq[-1][0] == 'at':
                st.error('nothing to repeat', here)
            if seq[-1][0] == 'rep' and seq[-1][5] == 'x':
                st.error('multiple repeat', here)
            if lo > hi:
                st.error('min repeat greater than max repeat', here + 1)
            kind = 'greedy'
            if st.match('?'):
                kind = 'lazy'
            elif st.match('+'):
                kind = 'possessive'
            last = seq.pop()
            if last[0] == 'lit' and len(last[1]) > 1:
                seq.append(('lit', last[1][:-1], last[2]))
                last = ('lit', last[1][-1], last[2])
            seq.append(('rep', lo, hi, kind, [last], 'x'))
            continue
        else:
            item = ('lit', c, bool(st.flags & I))
        if item[0] == 'lit' and seq and seq[-1][0] == 'lit' and seq[-1][2] == item[2]:
            seq[-1] = ('lit', seq[-1][1] + item[1], item[2])
        else:
            seq.append(item)
    return seq


def parse_braces(st):
    text = st.text
    end = text.find('}', st.pos)
    if end < 0:
        return None
    body = text[st.pos:end]
    lo, comma, hi = body.partition(',')
    if not (lo.isdigit() or lo == '') or not (hi.isdigit() or hi == '') or not (lo or comma):
        return None
    if not lo.isascii() or not hi.isascii() or (not lo and not hi and not comma):
        return None
    st.pos = end + 1
    lo_n = int(lo) if lo else 0
    hi_n = (int(hi) if hi else MAXREPEAT) if comma else lo_n
    if lo_n >= MAXREPEAT or (hi and hi_n >= MAXREPEAT):
        raise OverflowError('the repetition number is too large')
    return lo_n, hi_n


def parse_name(st, terminator):
    start = st.pos
    end = st.text.find(terminator, start)
    if end < 0:
        st.error('missing %s, unterminated name' % terminator, start)
    name = st.text[start:end]
    if not name:
        st.error('missing group name', start)
    st.pos = end + 1
    return name, start


def parse_group(st, here, at_start):
    flags = st.flags
    if not st.match('?'):
        index = st.groups
        st.groups += 1
        st.open.append(index)
        seq = parse_alt(st)
        st.open.pop()
        if not st.match(')'):
            st.error('missing ), unterminated subpattern', here)
        st.flags = flags
        return ('group', index, seq)
    c = st.get()
    if c == '':
        st.error('unexpected end of pattern', st.pos - 1)
    if c == 'P':
        c = st.get()
        if c == '<':
            name, pos = parse_name(st, '>')
            if not name.isidentifier():
                st.error('bad character in group name %r' % name, pos)
            index = st.groups
            if name in st.names:
                st.error('redefinition of group name %r as group %d; was group %d'
                         % (name, index, st.names[name]), pos)
            st.names[name] = index
            st.groups += 1
            st.open.append(index)
            seq = parse_alt(st)
            st.open.pop()
            if not st.match(')'):
                st.error('missing ), unterminated subpattern', here)
            st.flags = flags
            return ('group', index, seq)
        if c == '=':
            name, pos = parse_name(st, ')')
            if not name.isidentifier():
                st.error('bad character in group name %r' % name, pos)
            if name not in st.names:
                st.error('unknown group name %r' % name, pos)
            index = st.names[name]
            if index in st.open:
                st.error('cannot refer to an open group', here)
            st.has_refs = True
            return ('ref', index, bool(st.flags & I))
        if c == '':
            st.error('unexpected end of pattern', st.pos - 1)
        st.error('unknown extension ?P' + c, here + 1)
    if c == ':' or c == '>':
        seq = parse_alt(st)
        if not st.match(')'):
            st.error('missing ), unterminated subpattern', here)
        st.flags = flags
        return ('group', None, seq) if c == ':' else ('atomic', seq)
    if c == '#':
        end = st.text.find(')', st.pos)
        if end < 0:
            st.error('missing ), unterminated comment', here)
        st.pos = end + 1
        return None
    if c in '=!' or (c == '<' and st.peek() in ('=', '!')):
        behind = c == '<'
        if behind:
            c = st.get()
        seq = parse_alt(st)
        if not st.match(')'):
            st.error('missing ), unterminated subpattern', here)
        st.flags = flags
        if behind:
            lo, hi = width(seq)
            if lo != hi:
                raise error('look-behind requires fixed-width pattern')
        return ('look', behind, c == '!', seq)
    if c == '(':
        start = st.pos
        end = st.text.find(')', start)
        if end < 0:
            st.error('missing ), unterminated name', start)
        name = st.text[start:end]
        st.pos = end + 1
        if name.isdigit() and name.isascii():
            index = int(name)
            if index == 0:
                st.error('bad group number', start)
            if index >= st.groups:
                st.deferred.append((index, start))
        else:
            if not name.isidentifier():
                st.error('bad character in group name %r' % name, start)
            if name not in st.names:
                st.error('unknown group name %r' % name, start)
            index = st.names[name]
        yes = parse_seq(st, False)
        no = []
        if st.match('|'):
            no = parse_seq(st, False)
            if st.peek() == '|':
                st.error('conditional backref with more than two branches', st.pos)
        if not st.match(')'):
            st.error('missing ), unterminated subpattern', here)
        st.has_refs = True
        return ('cond', index, yes, no)
    if c in FLAG_LETTERS or c == '-':
        st.pos -= 1
        return parse_flags(st, here, at_start, flags)
    st.error('unknown extension ?' + c, here + 1)


def parse_flags(st, here, at_start, outer):
    add = 0
    remove = 0
    while st.peek() in FLAG_LETTERS and st.peek():
        add |= FLAG_LETTERS[st.get()]
    if st.match('-'):
        while st.peek() in FLAG_LETTERS and st.peek():
            c = st.get()
            if c in 'aLu':
                st.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", st.pos - 1)
            remove |= FLAG_LETTERS[c]
        if not remove:
            st.error('missing flag', st.pos)
        if st.peek() != ':':
            st.error('missing :', st.pos)
    if add & L and not st.is_bytes:
        st.error("bad inline flags: cannot use 'L' flag with a str pattern", st.pos)
    if add & (A | U | L) and bin(add & (A | U | L)).count('1') > 1:
        st.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", st.pos)
    c = st.get()
    if c == ')':
        if not at_start:
            st.error('global flags not at the start of the expression', here)
        st.flags |= add
        return None
    if c != ':':
        if c == '':
            st.error('missing -, : or )', st.pos - 1)
        st.error('unknown flag' if c.isalpha() else 'missing -, : or )', st.pos - 1)
    st.flags = (st.flags | add) & ~remove
    seq = parse_alt(st)
    if not st.match(')'):
        st.error('missing ), unterminated subpattern', here)
    st.flags = outer
    return ('group', None, seq)


def parse_code_escape(st, here, c, in_set):
    # \x, \u, \U, \N, octal: the character, or None if c starts none of these.
    text = st.text
    if c == 'x' or c == 'u' or c == 'U':
        size = {'x': 2, 'u': 4, 'U': 8}[c]
        if c != 'x' and st.is_bytes:
            st.error('bad escape \\' + c, here)
        digits = ''
        while len(digits) < size and st.peek() and st.peek() in HEXDIGITS:
            digits += st.get()
        if len(digits) < size:
            st.error('incomplete escape \\%s%s' % (c, digits), here)
        code = int(digits, 16)
        if code > 0x10FFFF:
            st.error('bad escape \\%s%s' % (c, digits), here)
        return chr(code)
    if c == 'N' and not st.is_bytes:
        if not st.match('{'):
            st.error('missing {', st.pos)
        end = text.find('}', st.pos)
        if end < 0:
            st.error('missing }, unterminated name', st.pos)
        name = text[st.pos:end]
        st.pos = end + 1
        try:
            import unicodedata
            return unicodedata.lookup(name)
        except (ImportError, KeyError):
            st.error('undefined character name %r' % name, here)
    return None


def parse_octal(st, here, first):
    digits = first
    while len(digits) < 3 and st.peek() and st.peek() in OCTDIGITS:
        digits += st.get()
    code = int(digits, 8)
    if code > 0o377:
        st.error('octal escape value \\%s outside of range 0-0o377' % digits, here)
    return chr(code)


def parse_escape(st, here):
    c = st.get()
    icase = bool(st.flags & I)
    if c == '':
        st.error('bad escape (end of pattern)', here)
    if c in CATEGORIES:
        return ('set', ((c,),), False, icase, bool(st.flags & A) or st.is_bytes)
    if c in ANCHORS:
        return ('at', ANCHORS[c], False, bool(st.flags & A) or st.is_bytes)
    if c in ESCAPES:
        return ('lit', ESCAPES[c], icase)
    ch = parse_code_escape(st, here, c, False)
    if ch is not None:
        return ('lit', ch, icase)
    if c == '0':
        return ('lit', parse_octal(st, here, c), icase)
    if c in DIGITS:
        text = st.text
        if c in OCTDIGITS and text[st.pos:st.pos + 2].isdigit() and len(text[st.pos:st.pos + 2]) == 2 \
                and text[st.pos] in OCTDIGITS and text[st.pos + 1] in OCTDIGITS:
            return ('lit', parse_octal(st, here, c), icase)
        digits = c
        if st.peek() and st.peek() in DIGITS:
            digits += st.get()
        index = int(digits)
        if index >= st.groups:
            st.error('invalid group reference %d' % index, here + 1)
        if index in st.open:
            st.error('cannot refer to an open group', here)
        st.has_refs = True
        return ('ref', index, icase)
    if c.isascii() and c.isalnum():
        st.error('bad escape \\' + c, here)
    return ('lit', c, icase)


def parse_set(st, here):
    negated = st.match('^')
    items = []
    text = st.text
    first = True
    while True:
        if st.pos >= len(text):
            st.error('unterminated character set', here)
        start = st.pos
        c = st.get()
        if c == ']' and not first:
            break
        first = False
        if c == '\\':
            lo = set_escape(st, start)
            if isinstance(lo, tuple):
                if st.peek() == '-' and st.pos + 1 < len(text) and text[st.pos + 1] != ']':
                    st.pos += 1
                    hstart = st.pos
                    if st.get() == '\\':
                        set_escape(st, hstart)
                    st.error('bad character range %s-%s' % (text[start:hstart - 1], text[hstart:st.pos]), start)
                items.append(lo)
                continue
        else:
            if c == '[' and st.peek() in ':=.':
                pass
            lo = c
        if st.peek() == '-' and st.pos + 1 < len(text) and text[st.pos + 1] != ']':
            st.pos += 1
            hstart = st.pos
            h = st.get()
            if h == '\\':
                hi = set_escape(st, hstart)
                if isinstance(hi, tuple):
                    st.error('bad character range %s-%s' % (text[start:hstart - 1], text[hstart:st.pos]), start)
            else:
                hi = h
            if hi < lo:
                st.error('bad character range %s-%s' % (text[start:hstart - 1], text[hstart:st.pos]), start)
            items.append((lo, hi))
        else:
            items.append(lo)
    return ('set', tuple(items), negated, bool(st.flags & I), bool(st.flags & A) or st.is_bytes)


def set_escape(st, here):
    # A character, or (category,) for \d \w \s and their negations.
    c = st.get()
    if c == '':
        st.error('unterminated character set', here - 1)
    if c in CATEGORIES:
        return (c,)
    if c in ESCAPES:
        return ESCAPES[c]
    ch = parse_code_escape(st, here, c, True)
    if ch is not None:
        return ch
    if c in OCTDIGITS:
        return parse_octal(st, here, c)
    if c in DIGITS:
        st.error('bad escape \\' + c, here)
    if c.isascii() and c.isalnum():
        st.error('bad escape \\' + c, here)
    return c


def width(seq):
    # (min, max) length a sequence can match; max is MAXREPEAT when unbounded.
    lo = hi = 0
    for node in seq:
        kind = node[0]
        if kind == 'lit':
            a = b = len(node[1])
        elif kind == 'any' or kind == 'set':
            a = b = 1
        elif kind == 'group' or kind == 'atomic':
            a, b = width(node[2] if kind == 'group' else node[1])
        elif kind == 'alt':
            ws = [width(branch) for branch in node[1]]
            a = min(w[0] for w in ws)
            b = max(w[1] for w in ws)
        elif kind == 'rep':
            a, b = width(node[4])
            a *= node[1]
            b = min(b * node[2], MAXREPEAT)
        elif kind == 'ref':
            a, b = 0, MAXREPEAT
        elif kind == 'cond':
            wy = width(node[2])
            wn = width(node[3])
            a, b = min(wy[0], wn[0]), max(wy[1], wn[1])
        else:
            a = b = 0
        lo += a
        hi = min(hi + b, MAXREPEAT)
    return lo, hi
