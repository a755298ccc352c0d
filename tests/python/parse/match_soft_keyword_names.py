# match, case and _ are soft keywords: they stay usable as names, attributes, function
# and parameter names, and can start expression statements that are not match statements.
match = [1, 2, 3]
case = {"a": 1}
_ = "underscore"
print(match, case, _)

match[0] = 10
match [1:]: int
print(match)
match.append(4)
print(match, len(match))


def case(match, case=0, _=1):
    return match + case + _


print(case(1, 2, 3), case(match=5))


class match:
    case = "class attribute named case"

    def match(self):
        return "method named match"


print(match.case, match().match())
case = match
print(case.__name__)

match = 5
match (match):
    case 5:
        print("a real match statement on a variable named match")
match -match:
    case -5:
        print("unary minus subject")
match(match) if False else print("match(...) is a call here:", match)
match * 2
print(match * 2, [match for match in range(2)])
