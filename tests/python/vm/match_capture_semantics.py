x = "unchanged"
match 42:
    case x:
        pass
print("irrefutable capture rebinds:", x)

match (1, 2):
    case (a, b) if a > b:
        print("no")
    case (a, b):
        print("captures", a, b)

match [1, [2, 3]]:
    case [1, [2, _]] as whole:
        print("wildcard never binds; whole =", whole)

match {"a": 1}:
    case {"a": 2}:
        print("no")
    case {"a": value} if value > 5:
        print("no")
    case other:
        print("fallback capture", other)

def match_in_function(v):
    match v:
        case [first, *rest]:
            return first, rest
        case first:
            return first, None
print(match_in_function([9, 8, 7]), match_in_function("x"), match_in_function(""))

results = []
for item in [(1, "a"), [2, "b"], "cd", (3,)]:
    match item:
        case (n, s):
            results.append((n, s))
        case _:
            results.append("?")
print(results)
