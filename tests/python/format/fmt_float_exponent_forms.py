# 'e'/'E' with various precisions; three-digit exponents; alternate form; rounding carry.
vals = [0.0, 1.0, 9.999, 9.9999999, 12345.6789, 1e-300, 5e-324, 1.7976931348623157e308, -0.000123, 1e100]
for v in vals:
    print(format(v, "e"), format(v, ".0e"), format(v, "#.0e"), format(v, ".2E"), format(v, "+.3e"), format(v, "15.1e") + "|")
print("%e %E %.0e %#.0e %.12e" % (1.5, 1.5, 2.5, 3.5, 1 / 3))
print(format(10 ** 30, "e"), format(-(10 ** 30), ".2e"), format(123, "E"), format(0, "e"))
print(format(float("inf"), "e"), format(float("nan"), "E"), format(float("-inf"), "010e"))
