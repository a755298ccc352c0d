class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        if spec.startswith(">"):
            return format(f"${self.cents / 100:.2f}", spec)
        raise ValueError(f"bad Money spec {spec!r}")
    def __str__(self):
        return "Money(str)"
    def __repr__(self):
        return "Money(repr)"

m = Money(12345)
print(f"{m}", f"{m:cents}", f"[{m:>12}]", format(m), "{0} {0:cents}".format(m))
print(f"{m!s}", f"{m!r}", f"{m!s:>12}", str(m), "%s" % m)
try:
    f"{m:weird}"
except ValueError as e:
    print(type(e).__name__, e)

class Plain:
    def __str__(self):
        return "plain-str"
print(format(Plain()), f"{Plain()}", f"{Plain()!s:>10}")
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadReturn:
    def __format__(self, spec):
        return 5
try:
    format(BadReturn())
except TypeError as e:
    print(type(e).__name__, e)
