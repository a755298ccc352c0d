x = 3.14159265
for spec in ("10.2f", ".0f", ".1f", ".10f", "10.3e", ".3g", "15.8g", ".2%", "8.1%", "012.4f"):
    print(f"{spec:8}[{x:{spec}}]")
print(f"[{'abcdef':.3}] [{'abcdef':8.3}] [{'abc':.0}] [{'abc':>8.2}]")
print(f"{12345.6789:.2f}", f"{0.000123456:.3}", f"{123456789.0:.3}", f"{1/3:.20f}")
print(f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{1.005:.2f}", f"{2.675:.2f}")
print(f"{10**20:.3e}", f"{2**100:.5g}", f"{123:.2f}", f"{123:10.1e}", f"{123:.3}" if False else "")
try:
    format(5, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("x", ".2d")
except ValueError as e:
    print(type(e).__name__, e)
width, prec = 12, 4
print(f"[{x:{width}.{prec}f}]", "[{:{}.{}f}]".format(x, width, prec), "[%*.*f]" % (width, prec, x))
print(f"{1e-5:f}", f"{1e16:f}", f"{1.5e300:.3e}", f"{5e-324:.3e}")
