# __slots__ declarations that CPython rejects, with its messages.
def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", sorted(k for k in cls.__dict__ if not k.startswith("__")))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def conflict():
    class A:
        __slots__ = ("a",)
        a = 1
    return A
attempt("conflict", conflict)
attempt("int item", lambda: type("B", (), {"__slots__": (1,)}))
attempt("not identifier", lambda: type("B", (), {"__slots__": ("1a",)}))
attempt("space", lambda: type("B", (), {"__slots__": ("a b",)}))
attempt("dict twice", lambda: type("B", (), {"__slots__": ("__dict__", "__dict__")}))
attempt("weakref twice", lambda: type("B", (), {"__slots__": ("__weakref__", "__weakref__")}))
class HasDict:
    pass
attempt("dict again", lambda: type("B", (HasDict,), {"__slots__": ("__dict__",)}))
attempt("weakref again", lambda: type("B", (HasDict,), {"__slots__": ("__weakref__",)}))
attempt("int base", lambda: type("B", (int,), {"__slots__": ("x",)}))
attempt("tuple base", lambda: type("B", (tuple,), {"__slots__": ("x",)}))
attempt("int empty", lambda: type("B", (int,), {"__slots__": ()}))
attempt("not iterable", lambda: type("B", (), {"__slots__": 5}))
attempt("string", lambda: type("B", (), {"__slots__": "only"}))
attempt("list", lambda: type("B", (), {"__slots__": ["x", "y"]}))
attempt("dict slots", lambda: type("B", (), {"__slots__": {"x": "doc x", "y": "doc y"}}))
attempt("qualname ok", lambda: type("B", (), {"__slots__": ("__qualname__",), "__qualname__": "Q"}))
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
attempt("layout", lambda: type("B", (S1, S2), {}))
attempt("one layout", lambda: type("B", (S1, HasDict), {}))
class E1:
    __slots__ = ()
attempt("empty slots mix", lambda: type("B", (S1, E1), {}))
attempt("int and str", lambda: type("B", (int, str), {}))
attempt("list and dict", lambda: type("B", (list, dict), {}))
attempt("exceptions", lambda: type("B", (ValueError, KeyError), {}))
