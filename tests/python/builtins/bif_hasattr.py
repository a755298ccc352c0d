# builtins: hasattr (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class C:
    a = 1
    @property
    def bad(self):
        raise ValueError("from property")
    @property
    def missing(self):
        raise AttributeError("nope")
c = C()
print(hasattr(c, "a"), hasattr(c, "b"), hasattr(c, "missing"), hasattr(C, "bad"))
show("value error", hasattr, c, "bad")
show("non str", hasattr, c, 1)
show("one arg", hasattr, c)
print(hasattr(1, "real"), hasattr("", "join"), hasattr(None, "x"), hasattr(len, "__name__"))
