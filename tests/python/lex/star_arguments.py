# * and ** in calls, definitions, assignments and displays; / and * markers.
def describe(a, b, /, c, *args, d, e=5, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}"


print(describe(1, 2, 3, d=4))
print(describe(*[1, 2], *(3, 4, 5), d=6, **{"e": 7, "f": 8}))
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
merged = {**{"x": 1}, "y": 2, **{"x": 3}}
print(merged, [*range(3), *"ab"], {*"aab"} == {"a", "b"})
print(*["no", "brackets"], sep=" | ")
head, *_ = [10, 20, 30]
print(head, 2**3**2, (2**3)**2)
