# Class patterns: positional sub-patterns through __match_args__, keyword sub-patterns,
# both mixed, builtin classes taking one positional (int(x), str(s)), and nesting.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


class Label:
    def __init__(self, text):
        self.text = text


def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, y=0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Circle(Point(x, y), radius=r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle(center=Point(), radius=int(r)):
            return f"circle with integer radius {r}"
        case Label(text=str() as t):
            return f"label {t!r}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s) if s:
            return f"string {s}"
        case bool(b):
            return "unreachable: bools are ints"
        case tuple((a, b)):
            return f"tuple of {a} and {b}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case object():
            return f"some object of type {type(obj).__name__}"


for o in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 3), Circle(Point(1, 1), 2.5),
          Label("hi"), 7, 2.5, True, "s", "", (1, 2), {"a": 1}, None):
    print(describe(o))
