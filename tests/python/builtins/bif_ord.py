# builtins: ord (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for s in ["A", "a", "\x00", "\xff", "\u20ac", "\U0001f600", b"A", b"\xff", bytearray(b"z")]:
    print(repr(s), ord(s))
show("empty", ord, "")
show("two", ord, "ab")
show("bytes two", ord, b"ab")
show("bytes empty", ord, b"")
show("bytearray two", ord, bytearray(b"xy"))
show("int", ord, 65)
show("list", ord, ["a"])
show("none", ord, None)
show("noargs", ord)
class S(str):
    pass
show("str subclass", ord, S("q"))
