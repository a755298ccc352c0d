# builtins: vars (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(vars(c))
vars(c)["z"] = 26
print(c.z, vars(c) is c.__dict__)
print(sorted(k for k in vars(C) if not k.startswith("__")))
print(type(vars(C)).__name__)
show("int", vars, 5)
show("list", vars, [])
show("two", vars, c, c)
show("kw", vars, object=c)
import math
print("pi" in vars(math))
def f():
    local_one = 1
    return vars()
print(f())
class S:
    __slots__ = ("x",)
show("slots", vars, S())
