# builtins: exec basic (Glasspy conformance test)
ns = {}
print(exec("a = 1\nb = a + 1", ns), ns["a"], ns["b"], "__builtins__" in ns)
exec("def f(x):\n    return x * 3", ns)
print(ns["f"](4))
g = {}
l = {}
exec("v = 5", g, l)
print("v" in g, l)
exec("w = 6")
print(w)
code = compile("total = sum(range(5))", "<made>", "exec")
exec(code, ns)
print(ns["total"])
exec(b"bytes_var = 'from bytes'", ns)
print(ns["bytes_var"])
def in_function():
    exec("inner_var = 1")
    return "inner_var" in locals()
print(in_function())
exec("print('printed inside exec', __name__)")
exec("import math\nprint(math.floor(2.5))", {})
exec("class K:\n    x = 1\nprint(K.x)", {})
print(exec("1 + 1"))
