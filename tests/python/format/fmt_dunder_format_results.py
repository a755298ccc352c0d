# __format__ receives the spec text (after nested fields are filled) and must return str.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        cur, _, width = spec.partition(":")
        text = f"{cur or '$'}{self.cents / 100:,.2f}"
        return text.rjust(int(width)) if width else text
m = Money(1234567)
print(format(m), format(m, "€"), f"{m:£:15}|", "{:¥}".format(m), f"{m:{'¤'}:{12}}")
class Bad:
    def __format__(self, spec):
        return 42
for f in (lambda: format(Bad()), lambda: f"{Bad()}", lambda: "{}".format(Bad())):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
class Sub(str):
    pass
class ReturnsSub:
    def __format__(self, spec):
        return Sub("sub:" + spec)
r = format(ReturnsSub(), "q")
print(r, type(r).__name__, f"{ReturnsSub():w}", type(f"{ReturnsSub():w}").__name__)
class Raises:
    def __format__(self, spec):
        raise ValueError("bad spec " + repr(spec))
try:
    f"{Raises():!}"
except ValueError as e:
    print(type(e).__name__, e)
class IntLike(int):
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"
print(f"{IntLike(255):x}", format(IntLike(7), "03"), "%d" % IntLike(7), str(IntLike(7)))
