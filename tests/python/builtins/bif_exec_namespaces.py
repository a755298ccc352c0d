# builtins: exec namespaces (Glasspy conformance test)
g = {"x": 1}
l = {"x": 2}
exec("y = x", g, l)
print(sorted(k for k in g if k != "__builtins__"), l)
exec("global z\nz = x", g, l)
print(g["z"], "z" in l)
src = """
def f():
    return x
result = f()
"""
exec(src, g, l)
print(l["result"])
g2 = {}
exec("import math as m", g2)
print("m" in g2, g2["m"].__name__)
class Mapping:
    def __init__(self):
        self.d = {"q": 5}
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.d[k] = v
m = Mapping()
exec("w = q + 1", {}, m)
print(m.d)
print(eval("q * 2", {}, m))
