# In-place operators fall back to the binary ones and to the reflected one.
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("add")
        return Acc(self.items + list(other))
    def __repr__(self):
        return f"Acc({self.items})"

a = Acc([1])
same = a
a += [2]
print(a, a is same)
b = a + [3]
print(b, b is a)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, x is y)

class NotImpl:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "from __add__"
n = NotImpl()
n += 1
print(n)

class Right:
    def __radd__(self, other):
        return "radd with " + repr(other)
    def __rsub__(self, other):
        return "rsub"
z = 10
z += Right()
print(z)
w = [1]
w -= Right()
print(w)

class Mat:
    def __matmul__(self, o):
        return "matmul"
    def __imatmul__(self, o):
        return "imatmul"
    def __rmatmul__(self, o):
        return "rmatmul"
m = Mat()
print(m @ 1, 1 @ m)
m @= 2
print(m)

ops = {}
class All:
    def __ifloordiv__(self, o): return "ifloordiv"
    def __imod__(self, o): return "imod"
    def __ipow__(self, o): return "ipow"
    def __ilshift__(self, o): return "ilshift"
    def __irshift__(self, o): return "irshift"
    def __iand__(self, o): return "iand"
    def __ior__(self, o): return "ior"
    def __ixor__(self, o): return "ixor"
    def __itruediv__(self, o): return "itruediv"
    def __imul__(self, o): return "imul"
    def __isub__(self, o): return "isub"
results = []
for op in ("//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "/=", "*=", "-="):
    v = All()
    ns = {"v": v}
    exec(f"v {op} 1", ns)
    results.append(ns["v"])
print(results)
