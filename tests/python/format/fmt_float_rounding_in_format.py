# Fixed-point formatting rounds the exact binary value, half to even.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1.25, 1e-10, 123.456):
    print(repr(v), "%.0f" % v, "%.2f" % v, format(v, ".1f"), f"{v:.3f}", round(v, 2))
print("%.20f" % 0.1, format(0.1, ".30f"), format(1 / 3, ".25f"))
print(format(5e-324, ".330f")[-10:], format(1e22, "f"), format(1e23, "f"), format(2 ** 70 + 0.0, ".1f"))
print(format(9.995, ".2f"), format(9.9995, ".3f"), format(99.5, ".0f"), format(999999.5, ",.0f"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(-1234.5, "+,.0f"), format(0.1, "010.3f"))
