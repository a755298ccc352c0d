# List, set, dict and generator comprehensions with nested loops and filters.
words = ["apple", "banana", "cherry", "date", "elderberry", "fig"]
lengths = {w: len(w) for w in words}
print(lengths)
print([w.upper() for w in words if len(w) > 4])
print(sorted({len(w) for w in words}))
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print(sum(n * n for n in range(10)))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in lengths.items() if v % 2 == 0})
print([c for w in words[:2] for c in w if c in "aeiou"])
flat = [x for row in matrix for x in row]
print(flat, any(x > 7 for x in flat), all(x >= 0 for x in flat))
