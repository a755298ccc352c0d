def implicit():
    x = 1

def bare_return():
    return

def multiple():
    return 1, "two", [3]

def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return None

def in_while():
    i = 0
    while True:
        i += 1
        if i > 3:
            return i

def nested_returns(v):
    try:
        if v:
            return "truthy"
    finally:
        pass
    return "falsy"

print(implicit(), bare_return(), multiple())
print([early(n) for n in (-1, 0, 5, 20)])
print(in_while(), nested_returns(1), nested_returns(0))
a, b, c = multiple()
print(a, b, c)
print((lambda: None)(), type(implicit()).__name__)
