from dataclasses import dataclass, FrozenInstanceError, replace
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except FrozenInstanceError as e:
    print(e)
print(hash(p) == hash((1, 2)), {p: 'here'}[Point(1, 2)], replace(p, y=5), p)
try:
    @dataclass
    class Mutable(Point):
        z: int = 0
except TypeError as e:
    print(e)
