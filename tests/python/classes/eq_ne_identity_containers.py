# Containers compare by identity first, then __eq__; __ne__ defaults to not __eq__.
class Never:
    def __eq__(self, other):
        print("eq called")
        return False
    __hash__ = object.__hash__
n = Never()
print(n in [n], [n] == [n], n == n, (n,) == (n,), {n: 1}[n], [n].count(n), [n].index(n))
print(n != n)
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)
class EqReturnsNotImplemented:
    def __eq__(self, other):
        return NotImplemented
x = EqReturnsNotImplemented()
print(x == x, x == EqReturnsNotImplemented(), x != x)
class Reverse:
    def __eq__(self, other):
        print("Reverse.eq", type(other).__name__)
        return "reflected"
print(1 == Reverse(), "s" != Reverse())
