print(eval("1 + 2 * 3"))
print(eval("x * y", {"x": 6, "y": 7}))
print(eval("a + b", {"a": 1}, {"b": 2}))

g = {}
exec("z = 10\ndef f(n):\n    return n + z", g)
print(g["z"], g["f"](5), sorted(k for k in g if k != "__builtins__"))

loc = {}
exec("w = 1 + 1", {}, loc)
print(loc)

code = compile("3 ** 4", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code))

stmts = compile("for i in range(3): print('loop', i)", "<stmts>", "exec")
exec(stmts)

single = compile("5 * 5", "<single>", "single")
exec(single)

print(eval("len('abc')"))
print(eval("__name__", {"__name__": "custom"}))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    exec("undefined_name_zz")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
g2 = {"__builtins__": {}}
try:
    eval("len([])", g2)
except NameError as e:
    print(e)
