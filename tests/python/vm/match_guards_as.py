def classify(pair):
    match pair:
        case (x, y) if x == y:
            return "equal"
        case (x, y) if x > y:
            return "descending"
        case (x, y):
            return "ascending"
        case _:
            return "not a pair"

for p in ((1, 1), (3, 2), (2, 3), (1,), "ab"):
    print(p, classify(p))

match [1, 2, 3]:
    case [1, *rest] as whole:
        print("whole", whole, "rest", rest)

match 5:
    case (1 | 5 | 9) as n:
        print("alternative captured", n)

match {"k": [1, 2]}:
    case {"k": [_, _] as pair}:
        print("pair", pair)

calls = []
def check(v):
    calls.append(v)
    return False

match 3:
    case 1 if check("a"):
        pass
    case 3 if check("b"):
        pass
    case x if check(x):
        pass
    case _:
        print("fell through; guards run:", calls)
print("x bound after failed guard:", x)
