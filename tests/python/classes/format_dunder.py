# __format__ through format(), f-strings and str.format; __str__ and __repr__.
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "":
            return f"${self.amount}"
        if spec == "cents":
            return f"{self.amount * 100:.0f}c"
        return format(self.amount, spec)
    def __str__(self):
        return "Money(str)"
    def __repr__(self):
        return "Money(repr)"
m = Money(1.5)
print(format(m), format(m, "cents"), format(m, ">8.2f"))
print(f"{m}|{m:cents}|{m!s}|{m!r}|{m:>6}")
print("{}|{:cents}|{!r}".format(m, m, m))
class NoFormat:
    def __str__(self):
        return "plain"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!s:>7}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return 5
    def __repr__(self):
        return None
for f in (str, repr):
    try:
        f(BadStr())
    except TypeError as e:
        print(type(e).__name__, e)
class IntLike(int):
    def __format__(self, spec):
        return "IntLike:" + super().__format__(spec)
print(format(IntLike(5), "03d"), f"{IntLike(7):x}")
class StrOnly:
    def __repr__(self):
        return "R"
print(str(StrOnly()), f"{StrOnly()}", [StrOnly()], (StrOnly(),))
print(object.__format__(StrOnly(), ""))
