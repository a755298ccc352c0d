env = {"x": 3, "y": 4, "data": [5, 6, 7]}
for expr in ("x + y", "x * y - 2", "data[1:]", "[v * x for v in data]", "x if y > x else y",
             "(x, y)", "{'k': x}", "len(data) == x", "sum(data) / len(data)", "lambda: 1"):
    value = eval(expr, env)
    print(f"{expr!r:28} -> {value!r}" if not callable(value) else f"{expr!r:28} -> function")
print(eval("1_000 + 0x10 + 0o10 + 0b10"))
print(eval("'a' 'b' f'{1+1}'"))
print(eval("  42  "), eval("\n7\n"))
for bad in ("", "x =", "import os", "1 2"):
    try:
        eval(bad)
    except SyntaxError as e:
        print(repr(bad), "->", type(e).__name__, e.msg)
local_vars = {"z": 10}
print(eval("z * 2", None, local_vars))
def inner():
    secret = "local"
    return eval("secret")
print(inner())
