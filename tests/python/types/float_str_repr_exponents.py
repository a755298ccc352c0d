# repr and str of floats switch to exponent notation at 1e16 and below 1e-4.
for v in (1e15, 1e16, 1.5e16, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 0.00001234,
          1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1 + 0.2,
          100.0, 1e2, 12345.678, -1e-7, 9999999999999998.0, 1 / 3, 2 / 3, 4.35, 0.3):
    print(repr(v), str(v), v == float(repr(v)))
print(float("1_000.5"), float("1e1_0"), float(".5"), float("5."), float("-.5e-3"))
print(1e16 == 10 ** 16, 1e-4 * 10000, 1.1 * 3, 0.1 * 3, 1.0 - 0.9)
print(float(2 ** 63), float(-(2 ** 63)), float(2 ** 53 + 1), float(12345678901234567890))
