# Guards: "if" after a pattern, using captured names, walrus inside a guard, guards that
# fail and fall through to later cases, and side effects showing evaluation order.
calls = []


def noted(label, result):
    calls.append(label)
    return result


def classify(point):
    match point:
        case (x, y) if noted("diag", x == y):
            return "diagonal"
        case (x, y) if noted("above", y > x) and y > 0:
            return "above"
        case (x, y) if (dist := abs(x) + abs(y)) > 10:
            return f"far away ({dist})"
        case (x, _) if x < 0:
            return "left"
        case _:
            return "elsewhere"


for p in ((1, 1), (1, 5), (20, 3), (-2, -5), (3, 1)):
    calls.clear()
    print(p, classify(p), calls)


def sign(n):
    match n:
        case int() if n < 0:
            return -1
        case int() if n > 0:
            return 1
        case 0:
            return 0


print([sign(n) for n in (-4, 0, 9)])
