def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [first, *_, last]:
            return f"first {first}, last {last}"

for s in ([], [7], (1, 2), [0, 1, 2, 3], [5, 6, 7, 8], range(3)):
    print(s, "->", shape(s))

for s in ("ab", b"ab", bytearray(b"ab"), {1: 2}, iter([1, 2])):
    match s:
        case [a, b]:
            print(repr(s), "matched as sequence")
        case _:
            print(type(s).__name__, "is not a sequence pattern match")

match [1, [2, 3], (4, 5)]:
    case [a, [b, c], (d, e)]:
        print(a + b + c + d + e)

match (1, 2, 3):
    case (1, *middle, 3):
        print("middle", middle, type(middle).__name__)
