# bytes() from ints, iterables, str+encoding, buffers; errors and their messages.
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"ab"), bytes(bytearray(b"cd")))
print(bytes(memoryview(b"xyz")), bytes((x for x in (1, 2))), bytes(), bytes.fromhex("de ad BE EF"), bytes.fromhex(""))
for args in ((-1,), ([256],), ([-1],), (["a"],), ("abc",), (1.5,), (None,), ("é", "ascii"), (b"x", "utf-8"), (3, "utf-8")):
    try:
        print(bytes(*args))
    except (TypeError, ValueError, UnicodeEncodeError) as e:
        print(args, type(e).__name__, e)
for text in ("0g", "abc", "a b", " 1"):
    try:
        print(bytes.fromhex(text))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
print(b"\x00\xff".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex(" ", -4), bytearray(b"\x01\x02").hex())
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()), bytes([True, False]))
class Bad:
    def __bytes__(self):
        return "no"
try:
    bytes(Bad())
except TypeError as e:
    print(type(e).__name__, e)
