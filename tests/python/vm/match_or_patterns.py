def kind(token):
    match token:
        case "+" | "-":
            return "additive"
        case "*" | "/" | "//" | "%":
            return "multiplicative"
        case ("(" | ")") as paren:
            return f"paren {paren}"
        case int() | float():
            return "number"
        case [x, _] | [_, _, x]:
            return f"picked {x}"
        case {"op": "neg" | "not" as op}:
            return f"unary {op}"
        case _:
            return "other"

for t in ("+", "//", "(", 3, 2.0, [1, 2], [1, 2, 3], {"op": "neg"}, {"op": "x"}, "?"):
    print(repr(t), kind(t))

def point(p):
    match p:
        case (0, y) | (y, 0):
            return f"on an axis, other coordinate {y}"
        case (x, y):
            return f"off axis {x},{y}"
print(point((0, 5)), point((7, 0)), point((2, 3)), sep="\n")
