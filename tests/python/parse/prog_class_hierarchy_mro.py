# Multiple inheritance and the C3 method resolution order: diamond hierarchies,
# cooperative super() calls threading through every class, and class attributes.
class Base:
    def greet(self):
        return ["Base"]

    def __init__(self, **kw):
        self.log = ["Base.__init__"]


class Left(Base):
    def greet(self):
        return ["Left"] + super().greet()

    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.left = left
        self.log.append("Left.__init__")


class Right(Base):
    def greet(self):
        return ["Right"] + super().greet()

    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.right = right
        self.log.append("Right.__init__")


class Bottom(Left, Right):
    def greet(self):
        return ["Bottom"] + super().greet()

    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Bottom.__init__")


b = Bottom(left=1, right=2)
print([c.__name__ for c in Bottom.__mro__])
print(b.greet(), b.log, b.left, b.right)
print(super(Left, b).greet(), Right.greet(b))


class A: x = "A"
class B(A): pass
class C(A): x = "C"
class D(B, C): pass


print(D.x, [k.__name__ for k in D.mro()], isinstance(D(), A), issubclass(D, C))
try:
    class Bad(A, B):
        pass
except TypeError as err:
    print("TypeError:", err)
