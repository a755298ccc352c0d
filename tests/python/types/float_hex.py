for v in (1.0, 0.5, 0.1, -2.75, 3.0, 1e-10, 1e300, 0.0, -0.0, 5e-324, float("inf")):
    print(repr(v), v.hex())
for text in ("0x1.8p1", "0x1p-1", "-0x1.4p3", "0x.8p0", "0x10", "0x1.fffffffffffffp+1023", "inf", "-0x0p0"):
    print(text, float.fromhex(text))
print(float.fromhex((0.1).hex()) == 0.1)
for bad in ("0x", "1.0", "0x1p", "0x1.g"):
    try:
        print(float.fromhex(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float.fromhex("0x1p10000")
except OverflowError as e:
    print(type(e).__name__, e)
print(float.fromhex("0x1p-1080"))
