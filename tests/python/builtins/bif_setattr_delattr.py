# builtins: setattr delattr (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class C:
    pass
c = C()
print(setattr(c, "x", 1), c.x)
setattr(c, "y", [1])
print(sorted(vars(c)))
print(delattr(c, "x"), hasattr(c, "x"))
show("del missing", delattr, c, "x")
show("set int", setattr, 5, "x", 1)
show("del int", delattr, 5, "real")
show("set non str", setattr, c, 1, 2)
show("del non str", delattr, c, 2)
show("set two args", setattr, c, "x")
show("del one arg", delattr, c)
show("set builtin type", setattr, int, "x", 1)
class S:
    __slots__ = ("a",)
s = S()
setattr(s, "a", 3)
print(s.a)
show("slots missing", setattr, s, "b", 1)
class Hook:
    def __setattr__(self, name, value):
        print("setattr hook", name, value)
    def __delattr__(self, name):
        print("delattr hook", name)
h = Hook()
setattr(h, "q", 7)
delattr(h, "q")
