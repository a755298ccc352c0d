# Dumps of many expression kinds.
import ast

for src in ["a if b else c", "x and y or not z", "lambda: 0", "(y := 5)", "a[1:2, ::3]",
            "{**d, 'k': 1}", "{1, *s}", "f'{x!r:>{w}}'", "a.b.c", "-~+x", "1 < x <= 2 != y",
            "(a for b in c if d if e for f in g)", "[*a, *b]", "await x", "x @ y // z % w",
            "'a' 'b'", "u'x'", "1_000.5e3j", "None is not True"]:
    print(ast.dump(ast.parse(src, mode='eval').body))
