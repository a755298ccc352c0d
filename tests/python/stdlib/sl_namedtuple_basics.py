from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(11, y=22)
print(p, p.x + p.y, p[0], len(p), tuple(p))
x, y = p
print(x, y, p._fields, p._asdict())
print(p._replace(x=100), Point._make([1, 2]), Point(**{'x': 5, 'y': 6}))
print(type(p), Point.__name__, Point.__doc__, isinstance(p, tuple))
print(p == (11, 22), p < Point(12, 0), hash(p) == hash((11, 22)))
print(Point.x, Point.y.__doc__)
Color = namedtuple('Color', ['red', 'green', 'blue'])
print(Color(1, 2, 3), sorted([Color(3, 0, 0), Color(1, 5, 5)]))
