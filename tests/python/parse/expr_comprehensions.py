# All four comprehensions, with nested for clauses, several if clauses, tuple targets,
# comprehensions inside comprehensions, and generator expressions consumed lazily.
words = ["apple", "banana", "cherry", "date", "elderberry", "fig"]

lengths = [len(w) for w in words]
long_upper = [w.upper() for w in words if len(w) > 4 if "e" in w]
pairs = [(i, j) for i in range(3) for j in range(i) if (i + j) % 2]
flat = [c for w in words[:2] for c in w if c not in "aeiou"]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [[row[i] for row in matrix] for i in range(3)]

initials = {w[0] for w in words}
index = {w: i for i, w in enumerate(words) if i % 2 == 0}
by_length = {n: [w for w in words if len(w) == n] for n in sorted(set(lengths))}
gen = (x * x for x in range(1, 6) if x != 3)

print(lengths)
print(long_upper)
print(pairs)
print(flat)
print(matrix, transposed)
print(sorted(initials))
print(index)
print(by_length)
print(type(gen).__name__, next(gen), list(gen), list(gen))
print(sum(x for x in range(101)), max(len(w) for w in words))
print([[(x, y) for y in "ab"] for x in (1, 2)])
print({(k, v) for k, v in {"a": 1}.items()})
print([x for x in [y for y in range(10) if y % 3 == 0] if x])
