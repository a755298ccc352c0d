print(int("42"), int(" -42 "), int("+7"), int("1_000_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("zz", 36))
print(int("12", 3), int("0", 0), int("00", 0), int("١٢٣"))
for text, base in (("12a", 10), ("", 10), ("0x", 16), ("1__0", 10), ("_1", 10), ("012", 0),
                   ("9", 8), ("1.5", 10), (" ", 10), ("0b2", 0)):
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"12"), int(bytearray(b"34")), int("  0x1F  ", 16))
