cases = [
    ("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", 1), ("%(k)s", {}),
    ("%c", 1.5), ("%c", "ab"), ("%x", 1.5), ("%", ()), ("%*d", ("a", 1)), ("%.*f", (1.5, 2.0)),
    ("%s %s", "ab"), ("%d", None), ("%f", "1.5"), ("%c", -1),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("no args" % ())
try:
    "no format" % 5
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % {"k": 1}, "%(k)s" % {"k": 1})
