# builtins: type constructors (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(int("42"), int(" -7 "), int("ff", 16), int(3.9), float("1e3"), float(" inf "), complex(1, 2), str(12), bool([]))
print(list("ab"), tuple([1, 2]), dict(a=1), dict([("k", "v")]), set([1, 1, 2]), frozenset(), bytes(3), bytearray(b"x"), range(1, 5, 2))
print(slice(3), slice(1, 2), slice(1, 2, 3), object().__class__.__name__, type(1), type("N", (), {}).__name__)
show("int bad", int, "x")
show("float bad", float, "abc")
show("int base", int, "12", 1)
show("dict bad", dict, [1])
show("type one", type, 1, 2)
show("bool kw", bool, x=1)
