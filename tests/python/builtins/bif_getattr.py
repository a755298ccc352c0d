# builtins: getattr (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class C:
    a = 1
    def __init__(self):
        self.b = 2
c = C()
print(getattr(c, "a"), getattr(c, "b"), getattr(c, "zz", "default"), getattr(C, "a"))
show("missing", getattr, c, "missing")
show("missing class", getattr, C, "missing")
show("non str", getattr, c, 1)
show("non str default", getattr, c, None, 5)
show("one arg", getattr, c)
show("four args", getattr, c, "a", 1, 2)
show("kw", getattr, c, "a", default=1)
show("int attr", getattr, 5, "real")
show("int missing", getattr, 5, "nope")
show("str method", lambda: getattr("abc", "upper")())
class G:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("boom!")
        return name * 2
print(getattr(G(), "xy"), getattr(G(), "xy", "unused"))
show("non attribute error", getattr, G(), "boom", "default")
class S(str):
    pass
print(getattr(c, S("a")))
