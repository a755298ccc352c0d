# Converting integers between bases by hand (2..36, negative numbers, zero), parsing
# back with int(text, base), and the built-in bin/oct/hex spellings.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError(f"base {base} out of range")
    if n == 0:
        return "0"
    sign, n = ("-", -n) if n < 0 else ("", n)
    out = []
    while n:
        n, digit = divmod(n, base)
        out.append(DIGITS[digit])
    return sign + "".join(reversed(out))


for n in (0, 5, -5, 255, 1000, 2 ** 64, -(36 ** 5) + 1):
    row = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    assert all(int(text, b) == n for text, b in zip(row, (2, 3, 8, 16, 36)))
    print(f"{n:>21}", *row)
print(bin(10), oct(10), hex(10), int("0x1F", 16), int("0b101", 0), int("z", 36), int("  -42 "))
print(int("1_000", 10), int("0o777", 0), to_base(int("deadbeef", 16), 2).count("1"))
try:
    to_base(10, 40)
except ValueError as err:
    print("ValueError:", err)
