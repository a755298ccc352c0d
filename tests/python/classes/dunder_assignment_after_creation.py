# Dunders added, replaced or deleted after the class exists take effect at once.
class A:
    def __init__(self, v):
        self.v = v
a, b = A(1), A(2)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
A.__add__ = lambda self, other: A(self.v + other.v)
print((a + b).v)
A.__repr__ = lambda self: f"A<{self.v}>"
print(a, [b])
A.__eq__ = lambda self, other: self.v == other.v
print(a == A(1), a != A(1))
A.__len__ = lambda self: self.v
print(len(b), bool(A(0)))
A.__bool__ = lambda self: True
print(bool(A(0)))
del A.__bool__
print(bool(A(0)))
del A.__repr__
print(repr(a).startswith("<__main__.A object at"))
A.__getitem__ = lambda self, i: i * self.v
print(b[5])
A.__call__ = lambda self, *args: ("called", args)
print(a(1, 2))
A.__iter__ = lambda self: iter(range(self.v))
print(list(b))
class B(A):
    pass
A.__neg__ = lambda self: "negated"
print(-B(1))
B.__neg__ = lambda self: "B negated"
print(-B(1), -A(1))
del B.__neg__
print(-B(1))
try:
    del A.__neg__
    -A(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del A.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.__add__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.x = 1
except TypeError as e:
    print(type(e).__name__, e)
