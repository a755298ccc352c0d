# The TypeErrors and ValueErrors of %-formatting.
cases = [("%d", "x"), ("%d", 1.5j), ("%x", 1.5), ("%c", "ab"), ("%c", 1.5), ("%c", -1), ("%c", 0x110000), ("%s %s", ("a",)),
         ("%s", ("a", "b")), ("%y", 1), ("%", 1), ("abc", 1), ("%.", 1), ("%(a)s", ("x",)), ("%i", None), ("%o", "7"),
         ("%f", "1.0"), ("%e", None), ("%5", 1), ("%-", 1), ("abc%", ())]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("abc" % (), "abc" % {}, "abc" % [], "x%sy" % "", "%s" % ((),))
try:
    print("abc" % 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(5 % "abc")
except TypeError as e:
    print(type(e).__name__, e)
