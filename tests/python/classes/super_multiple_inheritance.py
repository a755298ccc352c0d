# Cooperative super() calls through a diamond and a longer MRO.
calls = []
class Root:
    def __init__(self, **kwargs):
        calls.append("Root")
        super().__init__(**kwargs)
    def hello(self):
        return ["Root"]
class Left(Root):
    def __init__(self, left=None, **kwargs):
        calls.append(f"Left({left})")
        super().__init__(**kwargs)
    def hello(self):
        return ["Left"] + super().hello()
class Right(Root):
    def __init__(self, right=None, **kwargs):
        calls.append(f"Right({right})")
        super().__init__(**kwargs)
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def __init__(self, **kwargs):
        calls.append("Bottom")
        super().__init__(**kwargs)
    def hello(self):
        return ["Bottom"] + super().hello()

b = Bottom(left=1, right=2)
print(calls)
print(b.hello())
print([k.__name__ for k in Bottom.__mro__])
print(super(Left, b).hello(), super(Right, b).hello())

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class W(K1, K2, K3): pass
print([k.__name__ for k in W.mro()])

class Mixin:
    def describe(self):
        return "Mixin+" + super().describe()
class Base:
    def describe(self):
        return "Base"
class Thing(Mixin, Base):
    pass
print(Thing().describe())
try:
    Root(extra=1)
except TypeError as e:
    print(type(e).__name__, e)
