# ast.unparse: CPython 3.11's output for every kind of node: precedence-aware parentheses,
# quote choice and escapes in str/bytes/f-strings, docstrings, elif chains, patterns, arguments.
import ast, sys
srcs = [
    "x = 1 + 2 * 3", "(a + b) * c", "a ** b ** c", "(a ** b) ** c", "-x ** 2", "(-x) ** 2", "not a and b or c",
    "a if b else c if d else e", "(a if b else c) if d else e", "lambda x, *y, z=1, **k: x + y",
    "f(*args, **kw, key=1)", "x[1:2, ::3]", "x[a, b]", "x[(a, b)]", "x[()]", "()", "(1,)", "a, b = b, a",
    "for x, y in z: pass", "print(f'{x!r:>{w}} and {y}')", "f'{x}\\n'", "f\"{'a'}\"", "'a\\'b\"c'", "'''x'''",
    "'line\\nbreak'", "b'bytes\\x00'", "{**a, 'b': 1}", "{1, 2}", "set()", "{*()}", "[x for x in y if x if z]",
    "{k: v for k, v in d.items()}", "(x async for x in y)", "await x", "yield x", "y = yield x", "yield from z",
    "x := 5", "(x := 5)", "del a, b[0]", "assert x, 'm'", "raise E from F", "global a, b", "import a.b as c, d",
    "from ..m import (a as b, c)", "from . import x", "with a as b, c: pass", "async def f(): await g()",
    "class A(B, metaclass=M):\n    '''doc'''\n    x: int = 1\n    def f(self, /, a, *, b): return a",
    "@dec\ndef f(a: int = 1, *args: str, b, **kw: dict) -> None:\n    '''Doc\n    string'''\n    pass",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", "while x:\n    break\nelse:\n    continue",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass", "match x:\n    case [1, *r] if r: pass\n    case {'a': 1, **kw}: pass\n    case P(1, y=2) | None: pass\n    case (1 as z): pass\n    case _: pass",
    "1 .real", "1.5e300 * 1e10", "1e400", "-1e400j", "x = 1e400j", "a < b <= c is not d not in e",
    "a[-1]", "(a, *b)", "print(*a)", "x = *a, *b", "f(a for a in b)", "f((a for a in b), c)", "x.y.z()",
    "(a.b)(c)", "(a + b).c", "a + (b + c)", "a - (b - c)", "(a - b) - c", "~x", "-(-x)", "not not x",
    "x = 'a' 'b'", "u'unicode'", "'\\t tab'", "f'{x:{y}.{z}}'", "f'{{literal}}'", "f'{ {1: 2}[1] }'",
    "def f():\n    return\n", "x: 'ann'", "(x): int = 3", "a.b: int", "nonlocal_ = 1", "x = (yield)",
    "del (a, b)", "del [a, b]", "lambda: 0", "lambda *, k: k", "(lambda: 1)()", "x = a if b else (lambda: c)",
    "async def g():\n    async for x in y:\n        pass\n    async with a as b:\n        pass\n    return [x async for x in y]",
    "'\\u20ac euro'", "'\\x7f'", "'\\\\'", "\"'\"", "'\"'", "'\\'\"'", "'''\\'\"\"\"'''", "x = 10 ** -1",
    "(yield x)", "print((yield))", "x = [*a, *b]", "f(**{'a': 1})", "{**{'y': 2}}", "a[b:c:d]", "a[:]", "a[::]",
    "x = not (a and b)", "(a or b) and c", "a or (b and c)", "x = (a, b)[0]", "(1).real", "1.0.real", "x = -1 ** 2",
    "x = (-1) ** 2", "x = 2 ** -1", "await (yield)", "x = {'a': 1}['a']", "if (a := 1): pass", "print(a := 1)",
    "f(x=(a := 1))", "x[a:=1]" if False else "x[(a := 1)]", "class A: pass", "class A(): pass", "@a.b(c)\nclass D: pass",
]
for s in srcs:
    try:
        t = ast.parse(s)
        out = ast.unparse(t)
    except Exception as e:
        out = f"{type(e).__name__}: {e}"
    print(repr(s), "->", repr(out))
print(ast.unparse(ast.parse(open(__file__).read()))[:300])
