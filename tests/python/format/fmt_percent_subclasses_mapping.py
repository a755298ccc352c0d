# %-formatting with dict subclasses (__missing__), arbitrary mappings, and objects with __int__/__index__/__float__.
class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("%(a)s %(b)s" % Defaulting(a=1))
class Idx:
    def __index__(self):
        return 42
class Flt:
    def __float__(self):
        return 2.5
class IntOnly:
    def __int__(self):
        return 7
print("%d %x %o %c" % (Idx(), Idx(), Idx(), Idx()), "%f %e %g" % (Flt(), Flt(), Flt()))
for fmt in ("%d", "%x", "%f", "%c"):
    for obj in (IntOnly(), Flt()):
        try:
            print(fmt, type(obj).__name__, fmt % obj)
        except TypeError as e:
            print(fmt, type(obj).__name__, type(e).__name__, e)
print("%s" % Defaulting(x=1), "%r" % (Defaulting(),))
print("%.3s|%5.1f|%-6d|%+.2e" % ("abcdef", 2.25, -3, 12345.678))
print("%d%%" % 50, "%s%s%s" % tuple("abc"), "%(x)s%(x)s" % {"x": "rep"})
