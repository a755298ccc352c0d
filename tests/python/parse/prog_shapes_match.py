# Geometry with class patterns: shapes as small classes with __match_args__, area and
# perimeter by match, and a scene summary grouped by kind.
import math


class Circle:
    __match_args__ = ("r",)

    def __init__(self, r):
        self.r = r


class Rect:
    __match_args__ = ("w", "h")

    def __init__(self, w, h):
        self.w, self.h = w, h


class Triangle:
    __match_args__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c


def area(shape):
    match shape:
        case Circle(r):
            return math.pi * r * r
        case Rect(w, h):
            return w * h
        case Triangle(a, b, c):
            s = (a + b + c) / 2
            return math.sqrt(s * (s - a) * (s - b) * (s - c))


def describe(shape):
    match shape:
        case Circle(0) | Rect(0, _) | Rect(_, 0):
            return "degenerate"
        case Rect(w, h) if w == h:
            return f"square {w}"
        case Rect(w, h):
            return f"rectangle {w}x{h}"
        case Triangle(a, b, c) if a == b == c:
            return f"equilateral triangle {a}"
        case Triangle(a, b, c) if a * a + b * b == c * c:
            return "right triangle"
        case Triangle():
            return "triangle"
        case Circle(r=radius):
            return f"circle r={radius}"


scene = [Circle(1), Rect(2, 3), Rect(4, 4), Triangle(3, 4, 5), Triangle(2, 2, 2),
         Circle(0), Rect(0, 5), Triangle(2, 3, 4)]
for shape in scene:
    print(f"{describe(shape):<24} area={area(shape):8.3f}")
kinds = {}
for shape in scene:
    kinds.setdefault(type(shape).__name__, []).append(round(area(shape), 2))
print(kinds)
