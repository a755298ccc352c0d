# bool() of every built-in kind of value, and of objects with __bool__ / __len__.
values = [0, 1, -1, 0.0, -0.0, 1e-300, float("nan"), 0j, 1j, "", " ", "0", b"", b"\x00", bytearray(), [], [0], (), ((),),
          {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, NotImplemented if False else 0, ..., object, type]
print([bool(v) for v in values])
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(B(True)), bool(B(False)), bool(L()), bool(Both()), not L(), bool(object()))
for bad in (B(1), B("yes")):
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    bool(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
print(1 if [] else 2, "x" and 0, "" or "default", [] or {} or (), 3 and 4)
