# Format-spec options that ints reject, with CPython's messages.
for spec in (".2", ".2d", "s", "c,", ",x", "_,", ",_", ",b", "_b", "=s", "10.0x", "#c", "z", "q", "%x", "é"):
    try:
        print(repr(spec), repr(format(42, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for spec in ("_x", "_o", "_b", "#_x", "_X", "08_b", ",d", "_d", "010,d", "#012_x"):
    print(repr(spec), format(0xdeadbeef, spec), format(-255, spec))
try:
    format(42, "=^10s")
except ValueError as e:
    print(type(e).__name__, e)
