class Small:
    cls_attr = 1
    def method(self):
        pass
s = Small()
s.inst = 2
print(vars(s), sorted(k for k in vars(Small) if not k.startswith("__")))
print([n for n in dir(s) if not n.startswith("__")])
print("__init__" in dir(s), "inst" in dir(s), dir(Small) == sorted(dir(Small)))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(WithDir()))
g = globals()
print(g["__name__"], "Small" in g, type(g).__name__)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(sorted(n for n in dir() if not n.startswith("_")))
x = 5
print(vars()["x"], vars() is globals())
