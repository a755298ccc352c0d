# Iteration order of sets of small ints follows CPython's hash-table layout (ints hash to themselves).
print({3, 1, 2}, {10, 5, 1}, {0, 8, 16}, {-1, -2, 1}, {100, 4, 33})
s = set()
for n in (7, 3, 15, 11, 1):
    s.add(n)
print(s, list(s), sorted(s) == [1, 3, 7, 11, 15])
print(set(range(10, 0, -1)), frozenset([9, 2, 30, 4]), {True, 2, 0})
t = {1, 2, 3}
print(t.pop(), t)
print({x % 7 for x in range(20)}, set("") or "empty")
