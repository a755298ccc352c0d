# match, case and _ are soft keywords: keywords only in a match statement,
# ordinary names everywhere else.
match = ["a", "b"]
case = {"upper": str.upper}
_ = "underscore"
print(match, case["upper"]("x"), _)


def match_first(match, case=None):
    return match[0] if case is None else case


print(match_first(match), match_first(match, case="given"))

match match:
    case [first, *rest]:
        print("first:", first, "rest:", rest)
    case _:
        print("no match")

match (1, 2):
    case (x, _) if x > 0:
        print("positive first element", x)
print(_)
match.append("c"); print(match)
