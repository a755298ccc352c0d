# TypeErrors for bad calls to Python functions and methods name the function by its qualified name.
def f(a, b=2, *, k):
    return a, b, k
def g(p, /, q):
    return p, q
class C:
    def m(self, x):
        return x
    @staticmethod
    def s():
        return "s"
    @classmethod
    def c(cls, y):
        return y
cases = [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, k=4), lambda: f(1, k=1, z=2), lambda: f(1, a=1, k=2),
         lambda: g(p=1, q=2), lambda: g(1, 2, 3), lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1),
         lambda: C.s(1), lambda: C.c(), lambda: C().m(y=1, x=2), lambda: (lambda: 0)(1), lambda: f(*5),
         lambda: f(**[1]), lambda: f(1, **{"k": 1, "b": 3}, b=4), lambda: f(1, **{1: 2})]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print(type(e).__name__, e)
def nested():
    def inner(x):
        return x
    return inner
try:
    nested()()
except TypeError as e:
    print(type(e).__name__, e)
def many(a, b, c, d=1):
    pass
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)
def kwonly(*, a, b, c):
    pass
try:
    kwonly(b=1)
except TypeError as e:
    print(type(e).__name__, e)
