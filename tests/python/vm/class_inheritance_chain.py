class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()

class C(B):
    def chain(self):
        return ["C"] + super().chain()

class D(C):
    pass

d = D()
print(d.who(), d.chain())
print([k.__name__ for k in D.__mro__])
print(isinstance(d, A), issubclass(D, B), issubclass(A, D))
print(D.who is B.who, D.chain is C.chain)
print(A.who(d), B.who(d))

class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area()}"
    def area(self):
        raise NotImplementedError

class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2

for shape in (Square(3), Triangle(4, 5)):
    print(shape.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
