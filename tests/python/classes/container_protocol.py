# A full container through dunders: len, contains, getitem, setitem, delitem, iter, reversed.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
    def __repr__(self):
        return f"Bag{tuple(self.items)}"

b = Bag(1, 2, 3)
print(len(b), 2 in b, 5 not in b, b[0], b[-1], b[0:2])
b[0] = 10
del b[1]
print(b, list(b), list(reversed(b)), sorted(b), sum(b), max(b))
print(bool(Bag()), bool(b), *b)
x, y = b
print(x, y)

class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
g = GetItemOnly()
print(list(g), 20 in g, 25 in g, list(reversed([*g])))
try:
    reversed(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
class IterOnly:
    def __iter__(self):
        yield from "abc"
print("b" in IterOnly(), "z" in IterOnly(), list(IterOnly()))
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
class ContainsTruthy:
    def __contains__(self, x):
        return "yes"
print(1 in ContainsTruthy())
