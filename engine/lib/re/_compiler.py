# Regular-expression matcher (frozen stdlib, re package): turns re._parser's tree into
# closures f(state, pos) -> bool, each calling the next part of the pattern (its
# continuation), so backtracking is plain returning. Runs of one character class are
# scanned by loops, not recursion, so `\w+` over a long string stays shallow.
from re._parser import MAXREPEAT, width

_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_ASCII_DIGIT = frozenset('0123456789')
_ASCII_SPACE = frozenset(' \t\n\r\f\v')


class State:
    def __init__(self, s, end, ngroups, nreps):
        self.s = s
        self.end = end
        self.marks = [-1] * (2 * ngroups)
        self.reps = [None] * nreps
        self.lastindex = -1
        self.full = False
        self.forbid = -1
        self.endpos = -1
        self.lb_end = -1
        self.atom_end = -1


def _succeed(st, i):
    if st.full and i != st.end:
        return False
    if i == st.forbid:
        return False
    st.endpos = i
    return True


def _true(st, i):
    st.atom_end = i
    return True


def _word_test(ascii):
    if ascii:
        return _ASCII_WORD.__contains__
    return lambda c: c.isalnum() or c == '_'


def _category(letter, ascii):
    low = letter.lower()
    if ascii:
        fs = _ASCII_DIGIT if low == 'd' else _ASCII_WORD if low == 'w' else _ASCII_SPACE
        t = fs.__contains__
    elif low == 'd':
        t = str.isdecimal
    elif low == 'w':
        t = lambda c: c.isalnum() or c == '_'
    else:
        t = str.isspace
    if letter != low:
        return lambda c: not t(c)
    return t


def _set_test(items, negated, icase, ascii):
    # A predicate on one character, or a frozenset when membership says it all.
    chars = set()
    ranges = []
    cats = []
    for item in items:
        if isinstance(item, str):
            chars.add(item)
        elif len(item) == 1:
            cats.append(_category(item[0], ascii))
        else:
            lo, hi = item
            if ord(hi) - ord(lo) < 256:
                chars.update(map(chr, range(ord(lo), ord(hi) + 1)))
            else:
                ranges.append(item)
    if icase:
        for c in list(chars):
            chars.add(c.lower())
            chars.add(c.upper())
            chars.add(c.swapcase())
    fs = frozenset(chars)
    if not ranges and not cats:
        if negated:
            return lambda c: c not in fs
        return fs
    if not ranges and len(cats) == 1 and not fs:
        t = cats[0]
    else:
        def t(c):
            if c in fs:
                return True
            for lo, hi in ranges:
                if lo <= c <= hi:
                    return True
            for cat in cats:
                if cat(c):
                    return True
            return False
    if icase and ranges:
        base = t
        t = lambda c: base(c) or base(c.lower()) or base(c.upper())
    if negated:
        return lambda c: not t(c)
    return t


def char_test(node):
    # For a node matching exactly one character: a predicate or frozenset; else None.
    kind = node[0]
    if kind == 'lit' and len(node[1]) == 1:
        c = node[1]
        if node[2] and (c.lower() != c or c.upper() != c):
            return frozenset((c, c.lower(), c.upper(), c.swapcase()))
        return frozenset(c)
    if kind == 'set':
        return _set_test(node[1], node[2], node[3], node[4])
    if kind == 'any':
        return None
    return None


class Compiler:
    def __init__(self, ngroups):
        self.ngroups = ngroups
        self.nreps = 0

    def seq(self, seq, nxt):
        f = nxt
        follow = None
        for node in reversed(seq):
            f = self.node(node, f, follow)
            follow = node
        return f

    def node(self, node, nxt, follow):
        kind = node[0]
        return getattr(self, 'c_' + kind)(node, nxt, follow)

    def c_lit(self, node, nxt, follow):
        text = node[1]
        n = len(text)
        if node[2] and text.lower() != text.upper():
            tests = [char_test(('lit', c, True)) for c in text]

            def lit_icase(st, i):
                if i + n > st.end:
                    return False
                s = st.s
                for k in range(n):
                    if s[i + k] not in tests[k]:
                        return False
                return nxt(st, i + n)
            return lit_icase
        if n == 1:
            def lit_char(st, i):
                return i < st.end and st.s[i] == text and nxt(st, i + 1)
            return lit_char

        def lit_text(st, i):
            return st.s.startswith(text, i, st.end) and nxt(st, i + n)
        return lit_text

    def c_any(self, node, nxt, follow):
        if node[1]:
            def any_all(st, i):
                return i < st.end and nxt(st, i + 1)
            return any_all

        def any_char(st, i):
            return i < st.end and st.s[i] != '\n' and nxt(st, i + 1)
        return any_char

    def c_set(self, node, nxt, follow):
        t = char_test(node)
        if isinstance(t, frozenset):
            def set_in(st, i):
                return i < st.end and st.s[i] in t and nxt(st, i + 1)
            return set_in

        def set_test(st, i):
            return i < st.end and t(st.s[i]) and nxt(st, i + 1)
        return set_test

    def c_group(self, node, nxt, follow):
        index = node[1]
        if index is None:
            return self.seq(node[2], nxt)
        a = 2 * index
        b = a + 1

        def close(st, j):
            marks = st.marks
            old_end = marks[b]
            old_last = st.lastindex
            marks[b] = j
            st.lastindex = index
            if nxt(st, j):
                return True
            marks[b] = old_end
            st.lastindex = old_last
            return False
        inner = self.seq(node[2], close)

        def open_group(st, i):
            marks = st.marks
            old_start = marks[a]
            marks[a] = i
            if inner(st, i):
                return True
            marks[a] = old_start
            return False
        return open_group

    def c_alt(self, node, nxt, follow):
        branches = [self.seq(branch, nxt) for branch in node[1]]

        def alt(st, i):
            for branch in branches:
                if branch(st, i):
                    return True
            return False
        return alt

    def c_at(self, node, nxt, follow):
        where, multiline, ascii = node[1], node[2], node[3]
        if where == 'bol':
            if multiline:
                def at_bol_m(st, i):
                    return (i == 0 or st.s[i - 1] == '\n') and nxt(st, i)
                return at_bol_m

            def at_begin(st, i):
                return i == 0 and nxt(st, i)
            return at_begin
        if where == 'begin':
            return lambda st, i: i == 0 and nxt(st, i)
        if where == 'eol':
            if multiline:
                def at_eol_m(st, i):
                    return (i == st.end or st.s[i] == '\n') and nxt(st, i)
                return at_eol_m

            def at_eol(st, i):
                end = st.end
                return (i == end or (i == end - 1 and st.s[i] == '\n')) and nxt(st, i)
            return at_eol
        if where == 'end':
            return lambda st, i: i == st.end and nxt(st, i)
        word = _word_test(ascii)
        want = where == 'boundary'

        def at_boundary(st, i):
            end = st.end
            if end == 0:
                return False
            s = st.s
            before = i > 0 and word(s[i - 1])
            after = i < end and word(s[i])
            return ((before != after) == want) and nxt(st, i)
        return at_boundary

    def c_ref(self, node, nxt, follow):
        a = 2 * node[1]
        b = a + 1
        icase = node[2]

        def ref(st, i):
            marks = st.marks
            start, stop = marks[a], marks[b]
            if start < 0 or stop < 0:
                return False
            n = stop - start
            if i + n > st.end:
                return False
            s = st.s
            if icase:
                if s[start:stop].lower() != s[i:i + n].lower():
                    return False
            elif not s.startswith(s[start:stop], i):
                return False
            return nxt(st, i + n)
        return ref

    def c_look(self, node, nxt, follow):
        behind, negated, seq = node[1], node[2], node[3]
        inner = self.seq(seq, _true)
        size = width(seq)[0] if behind else 0

        def look(st, i):
            start = i - size
            if start < 0:
                found = False
            else:
                saved = st.marks[:]
                saved_last = st.lastindex
                if behind:
                    end = st.end
                    st.end = i
                    found = inner(st, start)
                    st.end = end
                else:
                    found = inner(st, start)
            if found == negated:
                if found:
                    st.marks[:] = saved
                    st.lastindex = saved_last
                return False
            if nxt(st, i):
                return True
            if found:
                st.marks[:] = saved
                st.lastindex = saved_last
            return False
        return look

    def c_cond(self, node, nxt, follow):
        b = 2 * node[1] + 1
        yes = self.seq(node[2], nxt)
        no = self.seq(node[3], nxt)

        def cond(st, i):
            if st.marks[b] >= 0:
                return yes(st, i)
            return no(st, i)
        return cond

    def c_atomic(self, node, nxt, follow):
        return self._atomic(self.seq(node[1], _true), nxt)

    def _atomic(self, inner, nxt):
        def atomic(st, i):
            saved = st.marks[:]
            saved_last = st.lastindex
            if not inner(st, i):
                return False
            if nxt(st, st.atom_end):
                return True
            st.marks[:] = saved
            st.lastindex = saved_last
            return False
        return atomic

    def c_rep(self, node, nxt, follow):
        lo, hi, kind, body = node[1], node[2], node[3], node[4]
        if kind == 'possessive':
            return self._atomic(self.c_rep(('rep', lo, hi, 'greedy', body), _true, None), nxt)
        if len(body) == 1 and (body[0][0] == 'any' or char_test(body[0]) is not None):
            return self._single_rep(body[0], lo, hi, kind == 'lazy', nxt, follow)
        slot = self.nreps
        self.nreps += 1
        lazy = kind == 'lazy'

        def until(st, i):
            count, last = st.reps[slot]
            if count < lo:
                st.reps[slot] = (count + 1, i)
                if body_fn(st, i):
                    return True
                st.reps[slot] = (count, last)
                return False
            if lazy:
                if nxt(st, i):
                    return True
                if count < hi and i != last:
                    st.reps[slot] = (count + 1, i)
                    if body_fn(st, i):
                        return True
                    st.reps[slot] = (count, last)
                return False
            if count < hi and i != last:
                st.reps[slot] = (count + 1, i)
                if body_fn(st, i):
                    return True
                st.reps[slot] = (count, last)
            return nxt(st, i)
        body_fn = self.seq(body, until)

        def repeat(st, i):
            reps = st.reps
            saved = reps[slot]
            reps[slot] = (0, -1)
            ok = until(st, i)
            reps[slot] = saved
            return ok
        return repeat

    def _single_rep(self, item, lo, hi, lazy, nxt, follow):
        any_all = item[0] == 'any' and item[1]
        any_line = item[0] == 'any' and not item[1]
        t = None if item[0] == 'any' else char_test(item)
        fs = t if isinstance(t, frozenset) else None
        stop = None
        if follow is not None and follow[0] == 'lit' and not follow[2]:
            stop = follow[1][0]

        def scan(s, i, limit):
            if any_all:
                return limit
            if any_line:
                k = s.find('\n', i, limit)
                return limit if k < 0 else k
            j = i
            if fs is not None:
                while j < limit and s[j] in fs:
                    j += 1
            else:
                while j < limit and t(s[j]):
                    j += 1
            return j

        if lazy:
            def lazy_rep(st, i):
                s = st.s
                end = st.end
                limit = end if hi >= end - i else i + hi
                j = i + lo
                if j > limit or scan(s, i, j) != j:
                    return False
                while True:
                    if nxt(st, j):
                        return True
                    if j >= limit or scan(s, j, j + 1) == j:
                        return False
                    j += 1
            return lazy_rep

        def greedy_rep(st, i):
            s = st.s
            end = st.end
            limit = end if hi >= end - i else i + hi
            j = scan(s, i, limit)
            least = i + lo
            if j < least:
                return False
            if stop is not None:
                while True:
                    j = s.rfind(stop, least, j + 1)
                    if j < 0:
                        return False
                    if nxt(st, j):
                        return True
                    j -= 1
            while True:
                if nxt(st, j):
                    return True
                if j == least:
                    return False
                j -= 1
        return greedy_rep


class Program:
    # A compiled pattern: the matcher closure and what a search can skip with.

    def __init__(self, seq, ngroups):
        comp = Compiler(ngroups)
        self.fn = comp.seq(seq, _succeed)
        self.ngroups = ngroups
        self.nreps = comp.nreps
        self.prefix = None
        self.first = None
        self.anchored = False
        first = seq[0] if seq else None
        while first is not None and first[0] == 'group' and first[2]:
            first = first[2][0]
        if first is not None:
            kind = first[0]
            if kind == 'lit' and not first[2]:
                self.prefix = first[1]
            elif kind == 'set':
                self.first = char_test(first)
            elif kind == 'rep' and first[1] > 0 and len(first[4]) == 1 and first[4][0][0] == 'set':
                self.first = char_test(first[4][0])
            elif kind == 'at' and first[1] in ('bol', 'begin') and not first[2]:
                self.anchored = True

    def run(self, s, pos, end, full):
        # Match at pos: (end, marks, lastindex) or None.
        st = State(s, end, self.ngroups, self.nreps)
        st.full = full
        st.marks[0] = pos
        if self.fn(st, pos):
            st.marks[1] = st.endpos
            return st
        return None

    def search(self, s, pos, end, must_advance):
        st = State(s, end, self.ngroups, self.nreps)
        fn = self.fn
        prefix = self.prefix
        first = self.first
        if self.anchored and pos > 0:
            return None
        p = pos
        while p <= end:
            if prefix is not None:
                p = s.find(prefix, p, end)
                if p < 0:
                    return None
            elif first is not None:
                if isinstance(first, frozenset):
                    while p < end and s[p] not in first:
                        p += 1
                else:
                    while p < end and not first(s[p]):
                        p += 1
                if p >= end:
                    return None
            st.forbid = p if must_advance and p == pos else -1
            if fn(st, p):
                st.marks[0] = p
                st.marks[1] = st.endpos
                return st
            if self.anchored:
                return None
            p += 1
        return None
