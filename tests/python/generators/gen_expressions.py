# Generator expressions: laziness, conditions, nesting and scoping.
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

print(sum(x for x in range(10) if x % 2))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(list(x + y for x in (y * 10 for y in range(3)) for y in range(2)))

log = []
def noisy(n):
    log.append(n)
    return n

lazy = (noisy(i) for i in range(3))
print("before", log)
print(next(lazy), log)
print(list(lazy), log)

# The first iterable is evaluated at once; the rest when iterated.
x = 10
g = (x * i for i in range(3))
x = 100
print(list(g))

names = ["b", "a", "c"]
print(sorted(n.upper() for n in names))
print(", ".join(str(n) for n in range(4)))
print(any(n > 2 for n in range(5)), all(n < 2 for n in range(5)))
print(max((len(w), w) for w in ["pear", "fig", "banana"]))
print(dict((k, len(k)) for k in ["one", "three"]))

def outer():
    factor = 3
    return (factor * n for n in range(4))

print(list(outer()))
print(tuple(c for c in "hello" if c not in "l"))
