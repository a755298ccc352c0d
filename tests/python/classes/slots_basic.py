class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Point.x).__name__)
class Sub(Point):
    pass
s = Sub(1, 2)
s.z = 3
print(s.z, hasattr(s, "__dict__"))
class SubSlots(Point):
    __slots__ = ("z",)
ss = SubSlots(1, 2)
ss.z = 5
print(ss.x, ss.z, hasattr(ss, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
