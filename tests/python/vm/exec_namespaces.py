def run_in_function():
    x = 1
    exec("x = 99")
    print("local unchanged:", x)
    ns = {}
    exec("x = 99", globals(), ns)
    print("captured:", ns["x"])

run_in_function()

counter = 0
exec("counter += 5")
print("module-level exec writes globals:", counter)

ns = {"data": [3, 1, 2]}
exec("data.sort()\nresult = data[-1]", ns)
print(ns["data"], ns["result"])
print("__builtins__" in ns)

code = "def helper():\n    return secret\n"
ns = {"secret": "s3"}
exec(code, ns)
print(ns["helper"]())
print(ns["helper"].__globals__ is ns)

expr = compile("a if a > b else b", "<max>", "eval")
for a, b in [(1, 2), (5, 3)]:
    print(eval(expr, {"a": a, "b": b}))

class_ns = {}
exec("class K:\n    attr = 'in exec'\n", class_ns)
print(class_ns["K"].attr, class_ns["K"].__module__)
src = "print(__name__)"
exec(src, {"__name__": "fake_module"})
print(eval("[i * i for i in range(n)]", {"n": 4}))
