# Trailing commas everywhere the grammar allows them: calls, definitions, lambdas,
# displays, subscripts, imports, class bases, with items, del, for targets, returns,
# global statements have none; match patterns do.
from math import (
    floor,
    ceil,
)


def f(a, b=2, *args, c=3, **kwargs,):
    return a, b, args, c, kwargs


def g(a, /,):
    return a


def h(*, k,):
    return k


class Base:
    pass


class Sub(Base,):
    pass


lam = lambda x, y=1,: (x, y)
print(f(1,), f(1, 2, 3, c=4, d=5,), g(0,), h(k=1,), lam(5,))
print([1, 2,], (1, 2,), {1, 2,}, {1: 2,}, (1,), [*"ab",], {**{"k": 0},})
d = {(1, 2): "t"}
print(d[1, 2,], floor(2.5), ceil(2.5), Sub.__bases__)
a = b = c = 0
del a, b,
for x, in [(1,), (2,)]:
    print(x)


def ret():
    return 1, 2,


print(ret(), max(1, 2,), dict(x=1,))
match [1, 2]:
    case [p, q,]:
        print("sequence pattern with trailing comma", p, q)
match {"k": 1}:
    case {"k": v,}:
        print("mapping pattern with trailing comma", v)


class P:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


match P(5):
    case P(x=val,):
        print("class pattern with trailing comma", val)
match 3:
    case 3 | 4 as n:
        print("or/as", n)
