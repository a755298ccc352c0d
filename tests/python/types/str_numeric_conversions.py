print(str(12), str(-3.5), str(1e100), str(10 ** 20), str(True), str(2 + 3j), str(float("inf")))
print(int("  42\n"), float("  -1.5e2 "), complex(" 3-4j "), int("١٠"), float("٣.٥"))
print(int("0b1010", 2), int("0o777", 8), int("0XfF", 16), int("1010", base=2))
print("12".isdigit() and int("12") + 1, "-12".lstrip("-").isdigit())
print(str(0.1 + 0.2), repr(0.1 + 0.2), str(1/3), "%.3f" % (1/3), "%g" % 1e-5, "%e" % 12345.6789)
print("{:.2%}".format(0.12345), "{:,.2f}".format(1234567.891), "{:e}".format(0.00012))
print(int(float("1e3")), float(int("10") ** 3), int("-0"), float("-0"), str(-0.0))
for text in ("3.0", "3", "x3", " 3 ", "3_000", "3e2"):
    results = []
    for conv in (int, float):
        try:
            results.append(conv(text))
        except ValueError:
            results.append("err")
    print(repr(text), results)
print(hex(255), oct(8), bin(5), int(hex(255), 16), int(bin(5)[2:], 2))
print(ascii(1.5), repr(2 ** 0.5), str(100.0), str(1e16), str(123456789.123456789))
