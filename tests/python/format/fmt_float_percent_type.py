# The '%' presentation type multiplies by 100 and appends a percent sign.
for v in (0.0, 0.5, 0.125, 1, 1 / 3, -0.07, 12.3456, 1e-9, 1e20, float("inf"), float("nan"), -0.0):
    print(format(v, "%"), format(v, ".1%"), format(v, ".0%"), format(v, "+8.2%"), format(v, "#.0%"))
print(f"{0.25:>10.1%}|{0.25:<10.1%}|{0.25:^10.1%}|{0.25:010.1%}")
print(f"{1234.5:,.1%}", f"{1234.5:_.2%}", f"{True:%}", f"{3:.2%}")
print("{:.3%}".format(2 / 3), format(5, "%"))
