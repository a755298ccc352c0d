from collections import namedtuple
for names in ['1x y', 'x class', 'x _y', 'x x', 'x-y']:
    try:
        namedtuple('T', names)
    except ValueError as e:
        print(e)
try:
    namedtuple('def', 'x')
except ValueError as e:
    print(e)
try:
    namedtuple('T', 'a b', defaults=[1, 2, 3])
except TypeError as e:
    print(e)
Point = namedtuple('Point', 'x y')
for args in [(1,), (1, 2, 3)]:
    try:
        Point(*args)
    except TypeError as e:
        print(e)
try:
    Point(1, z=2)
except TypeError as e:
    print(e)
try:
    Point._make([1])
except TypeError as e:
    print(e)
try:
    Point(1, 2)._replace(z=3)
except ValueError as e:
    print(e)
p = Point(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
