# float.as_integer_ratio, hex/fromhex and is_integer on typical and edge values.
for v in (0.5, 0.1, -2.75, 1e-10, 3.0, 1e300, 5e-324, 0.0, -0.0):
    n, d = v.as_integer_ratio()
    print(repr(v), n, d, n / d == v, v.hex(), float.fromhex(v.hex()) == v, v.is_integer())
for text in ("0x1.8p1", "0X1P-1", "0x.8", "1p4", "-0x1.fffffffffffffp1023", "0x1p-1074", "0x1p-1075",
             "0x1.0000000000001p0", " 0xAp0 ", "0x1.ffffffffffffffp0"):
    print(text.strip(), float.fromhex(text))
for bad in ("0x1p10000", "0xg", "", "0x1.2.3"):
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((1.5).conjugate(), (1.5).real, (1.5).imag, float.__trunc__(-2.7), (2.5).__floor__(), (2.5).__ceil__())
print(float.fromhex("1.8p1").__class__.__name__)
