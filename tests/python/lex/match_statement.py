# Structural pattern matching: literal, sequence, mapping, class, or- and
# as-patterns, guards and the wildcard.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def describe(subject):
    match subject:
        case 0 | 1 | 2:
            return "a small number"
        case int(n) if n < 0:
            return f"negative {n}"
        case "quit" | "exit":
            return "leaving"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *others] if len(others) > 2:
            return f"long sequence starting {x} ({len(others)} more)"
        case {"action": "move", "to": (col, row)}:
            return f"move to {col},{row}"
        case {"action": action, **rest}:
            return f"action {action} with {sorted(rest)}"
        case Point(x=0, y=0):
            return "the origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point() as p:
            return f"somewhere: {p}"
        case str() as text:
            return f"a string of {len(text)}"
        case None:
            return "nothing"
        case _:
            return "something else"


tests = [1, -5, "quit", [1, 2], [1, 2, 3, 4, 5],
         {"action": "move", "to": (3, 4)}, {"action": "jump", "z": 1, "a": 2},
         Point(0, 0), Point(0, 7), Point(3, 0), Point(2, 3), "hello", None, 3.5]
for t in tests:
    print(repr(t), "->", describe(t))
