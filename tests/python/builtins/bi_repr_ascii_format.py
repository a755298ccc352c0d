for v in ("plain", "é", "日本", "\n", 1.5, [1, "é"], {"k": "ü"}, b"\xff", None, (1,)):
    print(repr(v), ascii(v), format(v) if not isinstance(v, (bytes, type(None))) else str(v))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", ">3"), format(1234567, ","), format(0.5, "%"))
print(repr(repr), ascii(ascii) == repr(ascii)) if False else print("builtin reprs contain no address")
print(repr(len), repr(print), repr(int), repr(type), repr(object))
print(repr(str.upper), repr(dict.fromkeys) == repr(dict.fromkeys))
print(ascii("\x00\x7f\x80"), ascii("\U0001F600"), repr("\U0001F600"))
class R:
    def __repr__(self):
        return "ré"
print(repr(R()), ascii(R()), str(R()), f"{R()!a}")
print(format(10), format(10, ""), format(-1.5e-7), format("é", "^5"), format(1j))
print(ascii(b"bytes\x00"), ascii(1e100), ascii((1, "ü")), repr(float("inf")), repr(-0.0))
print(repr(range(3)), repr(slice(1, 2)), repr(frozenset()), repr(set()), repr({}), repr(()))
print(repr(b""), repr(bytearray(b"x")), repr(memoryview(b"")).startswith("<memory"), repr(NotImplemented))
