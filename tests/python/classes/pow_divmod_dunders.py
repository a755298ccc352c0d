# pow with three arguments, divmod and their reflected forms on classes.
class N:
    def __init__(self, v):
        self.v = v
    def __pow__(self, other, mod=None):
        return ("pow", self.v, other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, self.v, mod)
    def __divmod__(self, other):
        return ("divmod", self.v, other)
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)
    def __floordiv__(self, other):
        return ("floordiv", other)
    def __mod__(self, other):
        return ("mod", other)
n = N(2)
print(n ** 3, pow(n, 3), pow(n, 3, 5), 3 ** n, pow(3, n))
print(divmod(n, 7), divmod(7, n), n // 2, n % 2)
try:
    pow(3, n, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    divmod(Plain(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(Plain(), 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    def __rpow__(self, other):
        return "IntSub.rpow"
    def __rdivmod__(self, other):
        return "IntSub.rdivmod"
print(2 ** IntSub(3), divmod(10, IntSub(3)), IntSub(3) ** 2, divmod(IntSub(10), 3))
