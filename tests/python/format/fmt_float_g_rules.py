# 'g' picks fixed or exponent form by the exponent; '#' keeps trailing zeros; precision 0 acts as 1.
vals = [0.0, 1.0, 10.0, 100000.0, 1000000.0, 1234567.0, 0.0001, 0.00001, 123.456, 1.5e-7, 9.9999995, -2.5, 1e100]
for v in vals:
    print(repr(v), format(v, "g"), format(v, ".3g"), format(v, ".0g"), format(v, "#g"), format(v, "#.3g"), format(v, "G"), format(v, ".10g"))
print(format(float("inf"), "g"), format(float("-inf"), "G"), format(float("nan"), "G"), format(float("nan"), "#g"))
print(format(123456789, "g"), format(12, ".1g"), format(15, ".1g"), format(25, ".1g"))
print(format(0.5, ".0g"), format(1.5, ".0g"), format(2.5, ".0g"), format(9.5, ".0g"), format(99.5, ".2g"))
