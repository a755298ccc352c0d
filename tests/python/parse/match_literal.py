# match with literal patterns: ints, negative numbers, floats, complex numbers, strings
# (including implicit concatenation), bytes, None, True and False.
def describe(value):
    match value:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex two plus three j"
        case -1 - 1j:
            return "complex minus one minus j"
        case 0x10:
            return "sixteen (hex literal)"
        case "hello":
            return "greeting"
        case "multi" "part":
            return "concatenated string"
        case b"raw bytes":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 1_000_000:
            return "a million"
    return "no match"


for v in (0, -1, 1.5, 2 + 3j, -1 - 1j, 16, "hello", "multipart", b"raw bytes",
          None, True, False, 1e6, 2, 0.0, 1):
    print(repr(v), "->", describe(v))
