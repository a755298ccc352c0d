# builtins: dir obj (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class A:
    a = 1
    def m(self):
        pass
class B(A):
    b = 2
obj = B()
obj.inst = 3
print([n for n in dir(obj) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print("__init__" in dir(obj), "__class__" in dir(obj), "mro" in dir(type))
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir([]) if not n.startswith("_")])
class D:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(D()))
class BadDir:
    def __dir__(self):
        return 5
show("bad dir", dir, BadDir())
show("two", dir, 1, 2)
import math
print(dir(math)[:8])
