values = [0.1, 0.123456789, 1 / 3, 2 / 7, 1e-10, 1.7976931348623157e308, 2.2250738585072014e-308,
          5e-324, 123456789012345680.0, 0.000001, 0.0000001, 1e21, 1e22, 1.0000000000000002,
          0.9999999999999999, 4.35, 2.675, 1.005]
for v in values:
    r = repr(v)
    print(r, float(r) == v, str(v) == r, f"{v:.17g}")
print(float("4.35") * 100, float("2.675"), float("0.30000000000000004"))
print(float("1.7976931348623159e308"), float("2.4703282292062328e-324"), float("2.4703282292062327e-324"))
print(float("9007199254740993"), float("9007199254740995"), float("0." + "0" * 400 + "1"))
for text in ("1e23", "8.41e21", "5e-324", "1.5e-323", "0.1e1", "100e-2", "1_0e1_0", ".1e-1", "1E+2"):
    v = float(text)
    print(text, repr(v), float(repr(v)) == v)
print(repr(float("1" * 30)), repr(float("0." + "9" * 30)), repr(float("-" + "3" * 20 + ".5")))
print(repr(1e23), repr(8.41e21), repr(2 ** 0.5 / 2))
total = 0
for i in range(1, 1000):
    total += float(repr(i / 7)) == i / 7
print(total)
