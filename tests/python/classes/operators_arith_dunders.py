class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x) if not isinstance(o, V) else NotImplemented
    def __sub__(self, o):
        return V(self.x - o)
    def __rsub__(self, o):
        return V(o - self.x)
    def __mul__(self, o):
        return V(self.x * o)
    __rmul__ = __mul__
    def __truediv__(self, o):
        return V(self.x / o)
    def __floordiv__(self, o):
        return V(self.x // o)
    def __mod__(self, o):
        return V(self.x % o)
    def __pow__(self, o, mod=None):
        return V(pow(self.x, o, mod))
    def __rpow__(self, o):
        return V(o ** self.x)
    def __matmul__(self, o):
        return self.x * o.x
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(+self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)

v = V(7)
print(v + V(1), v + 1, 1 + v, v - 2, 10 - v, v * 3, 3 * v, v / 2, v // 2, v % 4)
print(v ** 2, pow(v, 2, 5), 2 ** v, v @ V(3), -v, +v, abs(V(-3)), ~v)
print(sum([V(1), V(2)], V(0)), sum([V(1), V(2)]))
