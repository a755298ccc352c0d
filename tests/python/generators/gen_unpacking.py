# Generators consumed by unpacking, star arguments and builtins.
def three():
    yield "a"
    yield "b"
    yield "c"

x, y, z = three()
print(x, y, z)
first, *rest = three()
print(first, rest)
print(*three())
print([*three(), *three()])
print({*three()} == {"a", "b", "c"})

def f(*args):
    return args

print(f(*three()))
try:
    p, q = three()
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r, s = three()
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(str.upper, three())))
print(list(filter(lambda c: c != "b", three())))
print(list(reversed(list(three()))))
print(dict(enumerate(three())))
print(list(zip(three(), three(), range(2))))
print("-".join(three()))
print(sorted(three(), reverse=True))
