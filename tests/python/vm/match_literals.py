def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True"
        case None:
            return "None"
        case 2j:
            return "imaginary"
        case 1 + 2j:
            return "complex"
        case _:
            return "other"

for v in (0, 2, -1, 1.5, "hello", b"bytes", True, None, 2j, 1 + 2j, 99, 1.0, False):
    print(repr(v), describe(v))
