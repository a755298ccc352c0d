source = """
def area(w, h):
    return w * h

def perimeter(w, h):
    return 2 * (w + h)

shapes = [(2, 3), (4, 5)]
results = [(area(w, h), perimeter(w, h)) for w, h in shapes]
"""
ns = {}
exec(source, ns)
print(ns["results"])
print(ns["area"].__name__, ns["area"].__code__.co_filename)

code = compile(source, "shapes.py", "exec")
ns2 = {}
exec(code, ns2)
print(ns2["area"].__code__.co_filename, ns2["results"] == ns["results"])

gen_src = "def gen(n):\n    for i in range(n):\n        yield i * i\n"
ns3 = {}
exec(gen_src, ns3)
print(list(ns3["gen"](4)))

template = "def {name}(x):\n    return x {op} {k}\n"
funcs = {}
for name, op, k in (("plus3", "+", 3), ("times4", "*", 4)):
    exec(template.format(name=name, op=op, k=k), funcs)
print(funcs["plus3"](10), funcs["times4"](10))
print(eval("plus3(times4(2))", funcs))
