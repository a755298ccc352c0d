# builtins: len (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for v in ["", "abc", "\u20ac\U0001f600", [], [1, 2], (1,), {1: 2}, set(), frozenset([1]), b"ab", bytearray(3), range(10), range(0, 100, 7), {}.keys(), {1: 2}.items(), memoryview(b"abcd")]:
    print(len(v))
print(len(range(2**70)) if False else "skip")
show("range overflow", len, range(2**70))
show("int", len, 5)
show("none", len, None)
show("gen", len, (x for x in ()))
show("noargs", len)
show("kw", len, obj=[])
class L:
    def __len__(self):
        return 3
class Neg:
    def __len__(self):
        return -1
class Big:
    def __len__(self):
        return 2**70
class Flt:
    def __len__(self):
        return 1.0
print(len(L()))
show("negative", len, Neg())
show("big", len, Big())
show("float", len, Flt())
