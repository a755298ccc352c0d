squares = (x * x for x in range(6))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

print(sum(x for x in range(101)))
print(max((len(w), w) for w in ["pear", "fig", "banana"]))
print(list((i, j) for i in range(3) for j in range(i) if (i + j) % 2))

# the first iterable is evaluated immediately, the rest lazily
def noisy(name, values):
    print("evaluating", name)
    return values

g = (a + b for a in noisy("outer", [1, 2]) for b in noisy("inner", [10, 20]))
print("created")
print(list(g))

try:
    g = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)

x = "outer x"
g = (x for _ in range(2))
print(list(g))
print(tuple(c.upper() for c in "abc"))
print(",".join(str(n) for n in range(5) if n != 2))
print(any(v > 3 for v in [1, 5]), all(v > 3 for v in [1, 5]))
