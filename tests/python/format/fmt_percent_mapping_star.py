# %-formatting with a mapping, with * width/precision, and %% escapes.
d = {"name": "Ada", "age": 36, "score": 91.256, "(x)": "paren"}
print("%(name)s is %(age)d, score %(score).1f%%" % d)
print("%(name)-8s|%(age)05d|%(score)+.2e" % d, "%(name)r %(name)a" % {"name": "é"})
print("%((x))s" % d if False else "%(age)x %(age)o %(age)#x" % d)
print("%*d|%-*d|%.*f|%*.*f|" % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828))
print("%*s|" % (-6, "ab"), "%.*s|" % (2, "abcdef"), "%%|%%%%|" % ())
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%s" % {"k": 1}, "%(k)s" % {"k": 1})

class M:
    def __getitem__(self, key):
        return key.upper()
print("%(abc)s and %(xy)s" % M())
for fmt, args in (("%(name)s %s", d), ("%(missing)s", d), ("%(name)s", ("a",)), ("%*d", ("x", 1)), ("%.*f", (1.5, 2.0)),
                  ("%(name", d), ("%5%", ()), ("%s %(name)s", ("x",))):
    try:
        print(fmt % args)
    except (TypeError, KeyError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
