# builtins: hash (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, -2**64, 1.0, 1.5, -0.5, 0.0, -0.0, float("inf"), float("-inf"), True, False, None is None, (), (1, 2), (1, (2, 3)), "", b"", frozenset(), 1e100, 2**-30]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2**100) == hash(float(2**100)))
show("list", hash, [])
show("dict", hash, {})
show("set", hash, set())
show("tuple with list", hash, (1, []))
show("bytearray", hash, bytearray())
show("noargs", hash)
class H:
    def __hash__(self):
        return 2**100
class BadH:
    def __hash__(self):
        return "x"
class Eq:
    def __eq__(self, other):
        return True
show("big hash", hash, H())
show("bad hash", hash, BadH())
show("eq no hash", hash, Eq())
class M1:
    def __hash__(self):
        return -1
show("minus one", hash, M1())
