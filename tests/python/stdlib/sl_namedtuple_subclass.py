from collections import namedtuple
class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vector(1, 2) + Vector(3, 4)
print(v, v.norm2, Vector._fields, Vector.__mro__[1].__name__)
Point3 = namedtuple('Point3', Vector._fields + ('z',))
print(Point3(1, 2, 3))
match Point3(1, 2, 3):
    case Point3(x, y, z=3):
        print('matched', x, y)
print(Point3.__match_args__)
