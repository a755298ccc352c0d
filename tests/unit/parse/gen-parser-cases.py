#!/usr/bin/env python3
"""Writes parser_cases.inc: parser test cases whose expected results come from CPython 3.11.

For each snippet below CPython decides two expectations, as compile() of a string sees it:
- the parse: ast.dump(ast.parse(src), include_attributes=True), or the error's class, msg,
  lineno, offset, end_lineno and end_offset;
- the compile-stage checks (compile() after a successful parse): "OK" or the error.
Run it with python3 (3.11) from anywhere; it rewrites the .inc beside itself.
"""
import ast
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "expected outputs must come from CPython 3.11"

VALID = [
    # statements
    "x = 1\n", "x = y = z = 0\n", "x: int\n", "x: int = 1\n", "(x): int = 1\n", "a.b: int\n", "a[0]: int = 2\n",
    "x += 1\nx -= 1\nx *= 1\nx @= 1\nx /= 1\nx %= 1\nx &= 1\nx |= 1\nx ^= 1\nx <<= 1\nx >>= 1\nx **= 1\nx //= 1\n",
    "del a, b[0], c.d, (e, [f])\n", "pass\n", "assert x, 'msg'\n", "raise\nraise E\nraise E from c\n",
    "import a, b.c as d\n", "from . import a\nfrom ..x import (b as c, d,)\nfrom ... import *\nfrom .... import e\n",
    "global a, b\n", "def g():\n    x = 1\n    def f():\n        nonlocal x\n",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n",
    "while x:\n    break\nelse:\n    pass\n",
    "for x, *y in z:\n    pass\nelse:\n    pass\n", "async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n    await x\n",
    "with (a as b, c as d,):\n    pass\n", "with (a, b):\n    pass\n", "with a as (b, c):\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* (A, B) as e:\n    pass\n", "try:\n    pass\nfinally:\n    pass\n",
    "@d1\n@d2.e(f)\ndef f(a, /, b, c=1, *d, e, f=2, **g) -> int:\n    'doc'\n    return\n",
    "class C(A, B, metaclass=M, **kw):\n    x = 1\n", "@dec\nclass C:\n    pass\n",
    "def f(*args: *Ts): pass\n", "def f(a, b=1, /, c=2, *, d): pass\n", "lambda: 0\n",
    "lambda a, /, b=1, *c, d, e=2, **f: 0\n", "lambda *, a: a\n", "lambda a=1, /: a\n",
    "x = 1; y = 2;\n", "if x: y\n", "class A: pass\n", "x = yield\n", "def f():\n    x = yield from y\n",
    # match
    "match x:\n    case 1 | 2 | -3 | 1.5 | 1 + 2j | -1 - 2j | 'a' 'b' | b'c' | None | True | False:\n        pass\n",
    "match x:\n    case [a, *rest, b] | (c, d) | [] | ():\n        pass\n",
    "match x:\n    case {1: a, 'k': b, c.d: e, **rest}:\n        pass\n    case {}:\n        pass\n",
    "match x:\n    case Point(x=0, y=1) | Point(1, 2, z=3) | a.b.C():\n        pass\n",
    "match x:\n    case (a as b) | [c as d, *_]:\n        pass\n    case _ if cond:\n        pass\n",
    "match x, *y:\n    case a, b:\n        pass\n", "match (x):\n    case a.b:\n        pass\n",
    "match = 1\ncase = 2\n_ = 3\nmatch(x)\n",
    # expressions
    "x = a or b or c and d and not e\n", "x = a < b <= c == d != e > f >= g is h is not i in j not in k\n",
    "x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o\n",
    "x = +a, -b, ~c, not d\n", "x = a if b else c if d else e\n", "x = (y := 10)\n", "f(x := 1)\n",
    "x = a.b.c[d][e:f][g:h:i][::2][j, k:l, *m](n)(o, p=q, *r, **s)\n", "x = f(a for a in b)\n",
    "x = [1, *a, 2]\nx = (1, *a)\nx = {1, *a}\nx = {1: 2, **a, 3: 4}\nx = ()\nx = []\nx = {}\n",
    "x = [a for b in c if d if e for f in g]\nx = {a for b in c}\nx = {a: b for c in d}\nx = (a for b in c)\n",
    "async def f():\n    return [x async for x in y], await z\n",
    "x = 1, 2,\nx = 1,\nx = (1)\nx = ((1),)\n", "x[1:2, ::3]\nx[a:b]\nx[:]\nx[*a]\nx[1,]\n",
    "x = 0 + 00 + 0_0 + 123_456 + 0x1F + 0o17 + 0b101 + 0XDEAD_beef + 1.5 + 1. + .5 + 1e10 + 1E-5 + 1.5e+3\n",
    "x = 1j + 1.5J + 0j + 1e3j + 1_0.0_1e1_0j\n", "x = 123456789012345678901234567890 + 0x" + "f" * 40 + "\n",
    "x = 1e400 + 1e-400 + 0.1 + 1e16 + 1e15 + 12345678.9 + 1e22 + 5e-324\n",
    "x = ...\nx = None, True, False\n",
    # strings
    "s = 'a' \"b\" '''c''' \"\"\"d\"\"\"\n", "s = r'\\d' + R'\\n' + u'u' + U'U'\n", "s = u'a' 'b'\n",
    "s = b'x' rb'\\d' Rb'y' b'\\x00\\xff\\n'\n", "s = 'a\\nb\\tc\\\\d\\'e\\\"f\\x41\\101\\u00e9\\U0001F40D\\N{BULLET}'\n",
    "s = '\\q\\8\\9\\777'\n", "s = 'a\\\nb'\n", "s = '''multi\nline'''\n", "s = 'é€🐍'\n", "s = '\\ud800'\n",
    "s = f'{x}'\ns = f'{x!r}'\ns = f'{x!s:>10}'\ns = f'{x!a}'\ns = f'{x=}'\ns = f'{x = }'\ns = f'{x=!s}'\ns = f'{x=:>5}'\n",
    "s = f'a{b}c{d:{e}.{f}}g'\n", "s = f'{{}}{a}{{b}}'\n", "s = 'x' f'{a}' 'y' f'z'\n", "s = f''\ns = f'' ''\n",
    "s = f'{a:{b}}' f'{c}'\n", "s = f'''\n{a}\n  {\n b}\n'''\n", "s = F'{x}' fr'{y}\\d' Rf'\\{z}'\n",
    "s = f'{a[\"k\"]}' + f\"{a['k']}\" + f'{\"\"\"x\"\"\"}'\n", "s = f'{(a, b)}' + f'{a, b}' + f'{ a }'\n",
    "s = f'{x:%Y-%m-%d}' + f'{3.14:.2f}' + f'{x!r:^{w}}'\n", "s = f'{lambda: 1}'\n" [:0] + "s = f'{(lambda: 1)()}'\n",
    "s = f'{a!r}{b}' f'{c}'\n", "s = f'\\N{BULLET} {x}'\n", "s = f'{x:\\n}'\n" [:0] + "s = f'{x}\\n'\n",
    "s = (f'{a}'\n     f'{b}')\n", "s = f'{f\"{x}\"}'\n", "s = f'{x} {y!r} {z:>{w}}'\n",
    # positions around tabs, unicode and continuation lines
    "\u00e9t\u00e9 = '\u00e9'\n", "x = (1 +\n     2)\n", "x = 1 + \\\n    2\n", "if x:\n\ty = 1\n",
    "def f():\n    return (\n        1\n    )\n",
]

INVALID = [
    "if x:\n", "if x:\ny\n", "x = 1\n    y = 2\n", "if x:\n  a\n b\n", "f(a b)\n", "f(a\n b)\n",
    "x = (1,\n 2\n", "(1,\n2))\n", "def f(a=1, b): pass\n", "f(a=1, b)\n", "f(**a, b)\n", "f() = 1\n",
    "x = $\n", "for x in y\n  pass\n", "class A pass\n", "def f: pass\n", "def f() pass\n", "x +\n",
    "x = yield = 1\n", "print 'hi'\n", "exec 'x'\n", "a b c\n", "x = 1 if 2\n", "import a from b\n",
    "f(**a, *b)\n", "f(x for x in y, 1)\n", "f(1, x for x in y)\n", "[*a for a in b]\n", "{**a for a in b}\n",
    "del f()\n", "del *a\n", "for f() in x: pass\n", "with a as f(): pass\n", "a, b += 1\n", "(a, b): int\n",
    "[a, b]: int\n", "x = {1: 2, 3}\n", "x = {1:}\n", "x = {1: *a}\n", "def f(*): pass\n", "def f(**k, a): pass\n",
    "def f(*a=1): pass\n", "def f(a, /, b, /): pass\n", "def f(*a, /): pass\n", "def f((a, b)): pass\n",
    "lambda *: 1\n", "lambda (a): 1\n", "f(True=1)\n", "f(a.b=1)\n", "f(a=1 for x in y)\n", "x = (*a)\n",
    "x = (**a)\n", "x = [a, b for a in c]\n", "try:\n    pass\n", "try:\n    pass\nx = 1\n",
    "try:\n    pass\nexcept E, F:\n    pass\n", "try:\n    pass\nexcept *:\n    pass\n",
    "try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n", "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case A(a=1, b):\n        pass\n", "match x:\n    case 1j + 1:\n        pass\n",
    "match(x)\nx = $\n", "if 1 <> 2:\n    pass\n", "f'{a b}'\n", "f'{}'\n", "f'{a!x}'\n", "f'}'\n", "f'{'\n",
    "f'{a:{b:{c}}}'\n", "f'{1_}'\n", "f'{#}'\n", "f'{\\n}'\n", "f'{a!r=}'\n", "f'{)}'\n", "'a' b'c'\n",
    "x = '\\x4'\n", "x = b'\\x4'\n", "x = '\\N{foo}'\n", "x = '\\U00110000'\n", "x = 'abc\n", "x = 0777\n",
    "x = 1__0\n", "x = (\n", "x = )\n", "x = (1, 2]\n", "if True:\n\tx\n        y\n", "x = 1 + \\\n",
    "return 1\n", "break\n", "continue\n", "nonlocal x\n", "def f(a, a): pass\n", "yield 1\n", "await x\n",
    "def f():\n    nonlocal y\n", "def f(x):\n    global x\n", "def f():\n    x = 1\n    global x\n",
    "*a = 1\n", "a = *b\n", "a, *b, *c = d\n", "f(x=1, x=2)\n", "[x async for x in y]\n",
    "async with a: pass\n", "def f():\n    from m import *\n", "x = [i := 0 for i in y]\n",
    "x = [y for y in (z := w)]\n", "class C:\n    [y := 1 for x in z]\n", "from __future__ import braces\n",
    "x = 1\nfrom __future__ import annotations\n", "async def f():\n    yield 1\n    return 2\n",
    "match x:\n    case a:\n        pass\n    case 2:\n        pass\n", "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        break\n", "x = 1" + "0" * 5000 + "\n",
    "-" * 7000 + "1\n", "(" * 201 + ")" * 201 + "\n",
]


def c_string(s):
    data = s.encode("utf-8", "surrogatepass")
    return '"' + "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\?' else "\\%03o" % b for b in data) + '"'


def describe(e):
    if not isinstance(e, SyntaxError):
        return "%s: %s" % (type(e).__name__, e)
    return "%s: %s (%s,%s,%s,%s)" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


def expected(src):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(src)
        except (SyntaxError, MemoryError) as e:
            return describe(e), ""
        try:
            compile(src, "case.py", "exec")
            checked = "OK"
        except (SyntaxError, RecursionError) as e:
            checked = describe(e)
        return "OK " + ast.dump(tree, include_attributes=True), checked


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = ["// Generated by gen-parser-cases.py from CPython %d.%d: what compile() of each source gives."
             % sys.version_info[:2]]
    for src in VALID + INVALID:
        parsed, checked = expected(src)
        if src in VALID and not parsed.startswith("OK "):
            raise SystemExit("does not parse: %r: %s" % (src, parsed))
        if src in INVALID and checked == "OK":
            raise SystemExit("not invalid: %r" % src)
        lines.append("GP_PARSER_CASE(%s, %s, %s)" % (c_string(src), c_string(parsed), c_string(checked)))
    with open(os.path.join(here, "parser_cases.inc"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d cases" % (len(lines) - 1))


if __name__ == "__main__":
    main()
