# A float format with no type letter: like 'g' but always with a digit after the point unless exponent.
for v in (1.0, 10.0, 0.1, 1e16, 1e15, 123456.789, 1e-5, 2.0 ** 60, 3.14159, -0.0, 100.0):
    print(repr(v), repr(format(v, "")), format(v, ".3"), format(v, ".1"), format(v, "10"), format(v, "<10") + "|", format(v, "+"), format(v, ",") if v < 1e15 else "")
print(format(1.5, ".0"), format(2.5, ".0"), format(12.0, ".2"), format(120.0, ".2"), format(1234.5, ".10"))
print(f"{1e300:.5}", f"{1e-300:.5}", f"{float('inf'):.3}", f"{2/3:.17}")
print(str(1e16), format(1e16), format(1e16, ""), format(1e16, ".17"))
