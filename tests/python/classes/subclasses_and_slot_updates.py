# __subclasses__(), and dunders changed on a base reaching its subclasses' behaviour.
class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Both(Left, Right):
    pass


print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Left.__subclasses__()],
      [c.__name__ for c in Right.__subclasses__()], Both.__subclasses__())


def make_temporary():
    class Temp(Base):
        pass
    return [c.__name__ for c in Base.__subclasses__()]


print(make_temporary())
print(bool in int.__subclasses__())

Base.__len__ = lambda self: 3
print(len(Both()), bool(Both()))
Left.__len__ = lambda self: 0
print(len(Both()), bool(Both()), len(Right()))
del Left.__len__
print(len(Both()))
del Base.__len__
try:
    len(Both())
except TypeError as e:
    print(type(e).__name__, e)

Right.__add__ = lambda self, other: "Right.add"
print(Both() + 1)
Base.__radd__ = lambda self, other: "Base.radd"
print(1 + Both())
del Right.__add__
try:
    Both() + 1
except TypeError as e:
    print(type(e).__name__, e)


class Number(int):
    pass


Number.__str__ = int.__repr__
print(str(Number(5)), repr(Number(6)))
Number.__repr__ = lambda self: "Number!"
print(str(Number(5)), repr(Number(6)), f"{Number(7)}")
del Number.__repr__
print(str(Number(8)), repr(Number(9)))
del Number.__str__
print(str(Number(10)))


class Iterable:
    pass


Iterable.__iter__ = lambda self: iter([1, 2])
print(list(Iterable()))
del Iterable.__iter__
try:
    iter(Iterable())
except TypeError as e:
    print(type(e).__name__, e)
Iterable.__getitem__ = lambda self, i: [7, 8][i]
print(list(Iterable()))
