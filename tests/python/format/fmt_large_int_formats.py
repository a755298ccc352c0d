# Formatting very large ints with grouping, bases, padding and sign options.
n = 3 ** 150
print(format(n, ","), format(-n, "_"), format(n, "x"), format(n, "#_x"), format(n, "o")[:20], format(n, "b")[-16:])
print(format(n, "e"), format(n, ".3e"), format(n, "g"), format(n, ".30g"), format(n, "%")[:20])
print(format(n, ">90"), format(-n, "=+90,"))
print(format(2 ** 100, "040_b")[:30], "%d" % (2 ** 100), "%x" % -(2 ** 100), "%e" % (10 ** 50))
print(f"{10 ** 20:,}", f"{-10 ** 20:+_}", f"{10 ** 20:X}", f"{10 ** 30:.2f}")
try:
    format(10 ** 400, "f")
except OverflowError as e:
    print(type(e).__name__, e)
for spec in (".2e", "g", "%"):
    try:
        format(10 ** 400, spec)
    except OverflowError as e:
        print(spec, type(e).__name__, e)
print(len(format(10 ** 400, "d")), len(format(10 ** 400, ",")), format(10 ** 400, "x")[:12])
