# Or-patterns: alternatives of literals, of sequences binding the same names, of class
# patterns, nested inside sequences and mappings.
def kind(token):
    match token:
        case "+" | "-" | "*" | "/":
            return "operator"
        case "(" | ")":
            return "paren"
        case 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9:
            return "digit"
        case [x, 0] | [0, x] | (x, None):
            return f"pair with a zero or None, other {x}"
        case [("a" | "b") as letter, *_]:
            return f"starts with {letter}"
        case {"op": ("add" | "sub") as op} | {"operation": op}:
            return f"operation {op}"
        case int() | float():
            return "other number"
        case str() | bytes():
            return "other text"
    return "unknown"


for t in ("+", "/", ")", 7, [5, 0], [0, 6], (8, None), ["b", 1], {"op": "sub"},
          {"operation": "mul"}, 42, 1.5, "word", b"w", [1, 1]):
    print(repr(t), "->", kind(t))
