def kind(x):
    match x:
        case bool():
            return "bool"
        case int():
            return "int"
        case float():
            return "float"
        case str() | bytes():
            return "text-ish"
        case list() | tuple():
            return "sequence"
        case dict():
            return "dict"
        case set() | frozenset():
            return "set"
        case None:
            return "none"
        case _:
            return type(x).__name__

for v in (True, 1, 1.0, "s", b"b", [1], (1,), {}, {1}, frozenset(), None, range(2), 1j):
    print(repr(v), kind(v))

match "abc":
    case str(s):
        print("self-matching str", s)

match [1, 2]:
    case list([a, b]):
        print("list with two", a, b)

match 42:
    case int(n) if n > 40:
        print("big int", n)

match (1, "two", 3.0):
    case (int(a), str(b), float(c)):
        print(a, b, c)
