# ast.parse raises the parser's SyntaxErrors (compile-stage checks are not run).
import ast

for src in ["def f(:\n    pass", "x = (1,", "  indented", "if x:\npass", "f(**a, *b)", "a = 1 = 2"]:
    try:
        ast.parse(src)
        print('parsed', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
for src in ["return 1", "break", "nonlocal x", "def f(a, a): pass", "yield 2"]:
    print(type(ast.parse(src).body[0]).__name__)
