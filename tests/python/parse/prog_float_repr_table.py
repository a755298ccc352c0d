# A table of float reprs that exercise shortest round-trip formatting: decimal
# fractions, powers of ten at the repr switch points, subnormals, sums that do not
# round-trip, and str/format variants.
values = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1e-4, 1e-5, 123456789.0,
          1234567890123456.0, 12345678901234567.0, 0.1 ** 10, 2 ** 0.5, 1e300 * 1e10,
          -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
          0.000123, 100.0, 1.5, 2.5e-5, 3.0e21, 4.0e22]
for v in values:
    print(f"{v!r:>26} {v:>14.6g} {v:>12.3e} {str(v) == repr(v)}")
print(sum([0.1] * 10), 0.1 * 10, round(0.1 * 3, 15), 1.0 - 0.9, 100 * 1.1)
print(float("0.1"), float("1e-7"), float(" 12_5.5 "), float("-inf"), float(10 ** 20))
print(3.0 == 3, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, (0.5).hex(), float.fromhex("0x1.8p1"))
