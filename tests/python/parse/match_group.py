# Group patterns: a pattern in parentheses, around or-patterns, as-patterns and
# sequences; (x) is a group, (x,) a sequence.
def check(subject):
    match subject:
        case (0):
            return "zero in a group"
        case (1 | 2) as small:
            return f"small {small}"
        case (([a, b])):
            return f"pair {a},{b} in two groups"
        case (x,):
            return f"one-element sequence {x}"
        case ((("deep"))):
            return "deeply grouped string"
        case (((str() | bytes()) as text)):
            return f"text-like {text!r}"
        case (_):
            return "anything"


for s in (0, 1, 2, [3, 4], (5,), "deep", "other", b"b", 3.5):
    print(repr(s), "->", check(s))
