vals = [0.0, 1.0, -1.5, 123.456, 1e-7, 1e16, 123456789.0, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(f"{v:f}|{v:F}|{v:e}|{v:E}|{v:g}|{v:G}|{v:%}|{v}|{v:n}")
print(f"{1e-4:g}", f"{1e-5:g}", f"{123456.0:g}", f"{1234567.0:g}", f"{0.0001234:G}", f"{1e100:g}")
print(f"{1.0:.0e}", f"{9.99:.1f}", f"{9.95:.1f}", f"{0.05:.1f}", f"{0.15:.1f}", f"{0.25:.1f}")
print(f"{1.5:}", f"{1e22:}", f"{1e-5:}", f"{1.0:.3}", f"{1.2345:.3}", f"{12345.0:.3}")
for spec in ("d", "x", "c", "b"):
    try:
        format(1.5, spec)
    except ValueError as e:
        print(type(e).__name__, e)
print(format(2.5, ".0f"), format(-2.5, ".0f"), format(0.5, ".0%"), format(1 / 3, ".3%"))
print(f"{1e16:f}", f"{1e16:g}", f"{1e16:e}", f"{1e-16:g}", f"{1e-16:%}")
print(f"{0.1:.30f}", f"{5e-324:g}", f"{1.7976931348623157e308:g}")
print(f"{123.456:10.2e}|{123.456:<10.1f}|{123.456:^+12.3g}|")
