# Unary operators and conversions through dunders.
class V:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return V(-self.v)
    def __pos__(self):
        return V(+self.v * 10)
    def __invert__(self):
        return V(~self.v)
    def __abs__(self):
        return abs(self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return "trunc"
    def __repr__(self):
        return f"V({self.v})"

v = V(3)
print(-v, +v, ~v, abs(V(-4)), int(v), float(v), complex(v))
print(round(v), round(v, 2), bin(v), hex(v), oct(v), [10, 20, 30, 40][v])
print(range(10)[v], "abcdef"[v:], list(range(v)))
class BadInt:
    def __int__(self):
        return "x"
    def __float__(self):
        return 1
    def __index__(self):
        return 1.5
for f in (int, float, lambda x: [1][x]):
    try:
        print(f(BadInt()))
    except TypeError as e:
        print(type(e).__name__, e)
class BoolSub:
    def __bool__(self):
        return 1
try:
    bool(BoolSub())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
