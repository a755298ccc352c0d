# Rich comparison: reflection, __ne__ from __eq__, identity fallback, sorting.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, b > a, a == Version(1, 2), a != b, a != Version(1, 2))
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(a == "1.2", a != "1.2")
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)

class Weird:
    def __eq__(self, other):
        return "truthy string"
    def __ne__(self, other):
        return 0
w = Weird()
print(w == 1, w != 1, [w] == [w], [w] == [Weird()], w in [1, 2])
class OnlyEq:
    def __eq__(self, other):
        print("eq called")
        return True
o = OnlyEq()
print(o != 1)
print(o in [1], [1].index(o), [1, 2].count(o))
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != x, x in [x])
class Ordered:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
print(Ordered(1) < Ordered(2))
