# Forms of the subject: a tuple without parentheses, a starred item, a walrus, a call,
# an attribute, a subscript and a conditional expression.
def pairs(a, b):
    match a, b:
        case 0, 0:
            return "both zero"
        case (x, 0) | (0, x):
            return f"one zero, other {x}"
        case _:
            return "neither zero"


print(pairs(0, 0), pairs(3, 0), pairs(0, 4), pairs(1, 1))

rest = [2, 3]
match 1, *rest:
    case (1, *others):
        print("starred subject, others", others)

match (n := len("hello")):
    case 5:
        print("walrus subject bound n =", n)

match "a-b-c".split("-"):
    case [_, middle, _]:
        print("call subject, middle", middle)


class Config:
    mode = "fast"


match Config.mode:
    case "fast":
        print("attribute subject")

match {"k": [10, 20]}["k"][1:]:
    case [20]:
        print("subscript and slice subject")

match "yes" if n > 3 else "no":
    case "yes":
        print("conditional expression subject")

match -n,:
    case (-5,):
        print("one-element tuple subject with trailing comma")
