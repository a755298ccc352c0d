from collections import namedtuple, OrderedDict, ChainMap

Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], p._fields)
print(p._asdict())
print(p._replace(x=10))
print(Point._make([5, 6]))
x, y = p
print(x + y, len(p), p == (3, 4), isinstance(p, tuple))

Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("ann", 30))
print(Person._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(list(od), od.popitem(), od.popitem(last=False), od)

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["new"] = 1
print(user)
