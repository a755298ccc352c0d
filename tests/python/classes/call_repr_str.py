class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
    def __repr__(self):
        return f"Adder(n={self.n})"
    def __str__(self):
        return f"adds {self.n}"

a = Adder(5)
print(a(1), a(1, times=3), callable(a), repr(a), str(a), f"{a}", [a], (a,), {"k": a})
print(list(map(a, [1, 2])))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), OnlyRepr(), f"{OnlyRepr()!s}")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
