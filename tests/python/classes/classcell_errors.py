# The __class__ cell: set by type.__new__, checked by __build_class__.
class A:
    def who(self):
        return __class__
print(A().who() is A)

class DropsCell(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)
try:
    class B(metaclass=DropsCell):
        def f(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, e)

class NoCellNeeded(metaclass=DropsCell):
    def f(self):
        return 1
print(NoCellNeeded().f())

class Swaps(type):
    def __new__(mcls, name, bases, ns):
        first = super().__new__(mcls, name, bases, dict(ns))
        rest = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, "Second", bases, rest)
try:
    class C(metaclass=Swaps):
        def f(self):
            return __class__
except TypeError as e:
    print(type(e).__name__, e)

try:
    type("D", (), {"__classcell__": 5})
except TypeError as e:
    print(type(e).__name__, e)

class NotAType(type):
    def __new__(mcls, name, bases, ns):
        return 42
class E(metaclass=NotAType):
    def f(self):
        return __class__
print(E)

class Outer:
    class Inner:
        def f(self):
            return __class__
    def g(self):
        return __class__
print(Outer.Inner().f().__qualname__, Outer().g().__qualname__)
