# float() parsing: whitespace, underscores, signs, inf/nan spellings, and rejected forms.
good = ["  1.5  ", "1_000.25", "-0", "+.5", "5.", "1e5", "1E-5", "1_0e1_0", "inf", "-Infinity", "+INF", "nan", "-NaN",
        "\t\n3\r", "1.7976931348623157e308", "1.8e308", "4.9e-324", "2.4e-324", "0000.1", "１２.５"]
for s in good:
    print(repr(s), repr(float(s)))
bad = ["", " ", "1.5.2", "1e", "1e+", ".", "e5", "0x10", "1_", "_1", "1__0", "1.5f", "infinit", "nanx", "- 1", "1,5", "++1", "i nf"]
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(b" 2.5 "), float(bytearray(b"-1e3")), float(memoryview(b"7")) if False else "mv skipped")
try:
    float(b"\xff")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("1.5", "2")
except TypeError as e:
    print(type(e).__name__, e)
