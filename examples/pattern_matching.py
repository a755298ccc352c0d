# Structural pattern matching (match/case, Python 3.10+): compare a value
# against patterns that look like the data they match — literals, sequences,
# mappings, classes — binding names to the parts.

def describe(command):
    match command.split():
        case []:
            return "nothing to do"
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"walking {direction}"
        case ["go", other]:
            return f"cannot go {other!r}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return f"unknown command {command!r}"


for cmd in ["", "go north", "go up", "take lamp key", "quit", "dance"]:
    print(f"{cmd!r:16} -> {describe(cmd)}")


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def where(shape):
    match shape:
        case Point(0, 0):
            return "the origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case {"kind": "circle", "radius": r}:
            return f"a circle of radius {r}"
        case (a, b):
            return f"a pair {a}, {b}"
        case int(n) | float(n):
            return f"the number {n}"
        case _:
            return "no idea"


for shape in [Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 3),
              {"kind": "circle", "radius": 1.5}, (1, 2), 7, "text"]:
    print(where(shape))
