# __slots__ combined with properties, class attributes and __set_name__.
class Point:
    __slots__ = ("_x", "_y")
    dims = 2
    def __init__(self, x, y):
        self._x, self._y = x, y
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    def __repr__(self):
        return f"Point({self._x}, {self._y})"
p = Point(1, 2)
p.x = 10
print(p, p.x, p.dims)
try:
    p.dims = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.__slots__ = ()
    print("class attribute replaced", Point.__slots__)
except Exception as e:
    print(type(e).__name__, e)
class Typed:
    def __set_name__(self, owner, name):
        self.slot = "_" + name
    def __get__(self, obj, owner):
        return self if obj is None else getattr(obj, self.slot)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.slot[1:]} must be int")
        setattr(obj, self.slot, value)
class Record:
    __slots__ = ("_a", "_b")
    a = Typed()
    b = Typed()
r = Record()
r.a = 1
r.b = 2
print(r.a + r.b)
try:
    r.a = "x"
except TypeError as e:
    print(type(e).__name__, e)
members = [k for k, v in vars(Record).items() if type(v).__name__ == "member_descriptor"]
print(members)
Record._a.__set__(r, 40)
print(r.a, Record._a.__get__(r, Record))
try:
    Record._b.__delete__(r)
    Record._b.__delete__(r)
except AttributeError as e:
    print(type(e).__name__, e)
