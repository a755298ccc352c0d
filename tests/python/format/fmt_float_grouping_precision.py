# Grouping separators with float presentation types, and large precisions.
v = 1234567.891011
for spec in (",", "_", ",.2f", "_.3f", ",.3e", ",g", ",.10g", ",%", "_.1%", ",.0f", "020,.2f", "+,.2f", ">20,.1f"):
    print(repr(spec), format(v, spec), format(-v, spec))
print(format(0.1, ".55f"))
print(format(1e-7, ".40f"), format(2.0 ** -30, ".40e"))
print(format(123.456, ".0f"), format(123.456, "#.0f"), format(0.0, ",.2f"), format(999.999, ",.2f"))
