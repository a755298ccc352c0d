# int() rejects malformed text and bad bases with CPython's exact messages.
for text in ("", " ", "1_", "_1", "1__0", "0x", "12a", "1.5", "1e3", "--1", "+-1", "٣x", "0b2", "08"):
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(type(e).__name__, e)
for text, base in (("ff", 10), ("0xff", 0), ("0o17", 8), ("0b11", 0), ("z", 36), ("10", 1), ("10", 37), ("10", -1), ("0x1", 16)):
    try:
        print(text, base, int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (None, [1], 1j, object):
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("5", base="10")
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"42"), int(bytearray(b" -7 ")), int("٣٤"), int("１２"))
try:
    int(b"4x")
except ValueError as e:
    print(type(e).__name__, e)
print(int(x="12", base=16) if False else int("12", base=16))
