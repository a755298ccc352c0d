# 3.11's 'z' flag turns negative zero (after rounding) into positive zero.
for v in (-0.0, -0.001, -0.5, 0.0, 0.001, -1.0, -0.04):
    print(repr(v), format(v, ".1f"), format(v, "z.1f"), format(v, "+z.1f"), format(v, "z.0f"), format(v, "z.2e"), format(v, "z.1%"), format(v, "zg"))
print(f"{-0.0:z}", f"{-0.0:z10.3f}|", f"{complex(-0.0, -0.0):z.1f}", f"{-1e-10:z.3f}")
for spec, value in (("zd", -0), ("zs", "x"), ("z", 5), ("zx", 3)):
    try:
        print(format(value, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print("%.1f" % -0.001)
