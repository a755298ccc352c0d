# Sequence patterns: brackets and parentheses, open sequences without brackets, star
# captures at every position, star wildcards, nesting; strings are not sequences here.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case ():
            return "unreachable: () also matches any empty sequence"
        case [x]:
            return f"single {x}"
        case [[a, b], [c, d]]:
            return f"2x2 matrix trace {a + d}"
        case [*init, "end"]:
            return f"ends with end after {init}"
        case first, second:
            return f"pair {first} {second}"
        case [first, *middle, last] if len(middle) == 1:
            return f"three: {first} [{middle[0]}] {last}"
        case (head, *tail) if head == "cmd":
            return f"command with args {tail}"
        case [0, *_]:
            return "starts with zero"
        case [*_, 9]:
            return "ends with nine"
        case [*everything]:
            return f"{len(everything)} items"


for s in ([], [1], (2, 3), [4, 5, 6], ("cmd", "a", "b", "c"), ["x", "y", "end"],
          [[1, 2], [3, 4]], [0, 1, 2, 3], (1, 2, 3, 9), [7, 7, 7, 7], range(3)):
    print(s, "->", shape(s))

match "ab":
    case [a, b]:
        print("strings are sequences?")
    case str(s):
        print("strings do not match sequence patterns:", s)
