# The 'c' and 'n' presentation types for ints, and 'c' range errors.
for n in (65, 97, 0x263A, 0x1F600, 10, 32):
    print(repr(format(n, "c")), repr(format(n, ">3c")), repr(f"{n:*^5c}"))
for bad in (-1, 0x110000):
    try:
        format(bad, "c")
    except OverflowError as e:
        print(type(e).__name__, e)
for spec in ("+c", "#c", ",c", ".2c"):
    try:
        print(format(65, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
for n in (0, 7, -1234567, 10 ** 12):
    print(format(n, "n"), format(n, "10n"), format(n, "<10n") + "|", format(n, "+n"))
print(format(1234.5, "n"), format(0.000012345, "n"), format(1e20, "n"), format(123456789.0, ".3n"))
try:
    format(1234, ",n")
except ValueError as e:
    print(type(e).__name__, e)
print(format(True, "c"), format(False, "n"), format(65.0, "n"))
try:
    format(65.0, "c")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("A", "c")
except ValueError as e:
    print(type(e).__name__, e)
