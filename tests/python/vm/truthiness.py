values = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", " ", "0", [], [0], (), ((),), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), b"", b"\x00", bytearray()]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")

class AlwaysFalse:
    def __bool__(self):
        return False

class LenZero:
    def __len__(self):
        return 0

class Plain:
    pass

print(bool(AlwaysFalse()), bool(LenZero()), bool(Plain()))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    if BadLen():
        pass
except ValueError as e:
    print(type(e).__name__, e)
