# A 2-D vector class with the full set of arithmetic dunder methods, reflected and
# in-place variants, comparisons, hashing, unpacking via __iter__, and formatting.
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return math.hypot(self.x, self.y)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield from (self.x, self.y)
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * b, a / 2, -a, +b, abs(a), a @ b)
print(a == Vec(3, 4), a != b, bool(Vec()), len({a, Vec(3, 4), b}))
x, y = a
print(x, y, f"{a:.2f}", f"{b:>4}", [*b])
c = a
c += b
print(c, a, c is a)
print(sum((Vec(i, i * i) for i in range(4)), Vec()))
