import math
for v in (0.1, 1 / 3, math.pi, 1e-10, 123456.789, 2 ** 0.5, -0.0):
    print(f"{v!r:>22} {v:.17g} {v:.6} {v:.3e} {float(f'{v:.17g}') == v}")
for v in (7, -7, 2 ** 64, 10 ** 25 + 1):
    print(f"{v} {v:,} {v:e} {v:.3g} {float(v):.1f}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f} {0.45:.1f} {0.55:.1f}")
print(f"{1e15:.0f} {1e16:.0f} {123456789.987654321:.5f}")
print(f"{9.999999:.2f} {99.995:.2f} {-99.995:.2f} {1e-20:.25f}")
for v in (0.125, 0.375, 2.675, 1.005, 1.115):
    print(v, f"{v:.2f}", round(v, 2), "%.2f" % v, format(v, ".2f"))
for digits in range(0, 18, 3):
    print(digits, f"{math.pi:.{digits}f}", f"{math.e:.{digits}e}")
print(f"{2 ** 0.5:.60f}")
print(f"{0.1:.55f}")
print(f"{math.tau:.0f}", f"{-math.pi:+.3f}", f"{math.inf:.2f}", f"{-math.nan:.1f}")
