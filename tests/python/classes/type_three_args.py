# type(name, bases, dict) and type(x), with their argument errors.
print(type(1), type("a"), type(type), type(None))
Point = type("Point", (), {"x": 1, "show": lambda self: f"Point {self.x}"})
p = Point()
print(p.show(), Point.__name__, Point.__bases__)
Sub = type("Sub", (Point,), {"x": 2})
print(Sub().show(), Sub.__mro__ == (Sub, Point, object))

def show(*args, **kwargs):
    try:
        r = type(*args, **kwargs)
        print("ok", r)
    except TypeError as e:
        print(type(e).__name__, e)

show()
show(1, 2)
show("A", (), {}, 4)
show(1, (), {})
show("A", [], {})
show("A", (), [])
show("A", (1,), {})
show("A", (int, str), {})
show("A", (bool,), {})
show("A", (object, object), {})

class M(type):
    pass
show(M("a") if False else "skip")
try:
    M(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__new__(M, "N", (), {}).__class__.__name__)
try:
    type.__new__(M, "N")
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(int, "N", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(1, "N", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__init__(int, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
