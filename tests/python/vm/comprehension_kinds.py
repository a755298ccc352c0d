words = ["apple", "banana", "cherry", "date", "elderberry", "fig"]
lengths = [len(w) for w in words]
print(lengths)
by_len = {w: len(w) for w in words if len(w) > 4}
print(by_len)
first_letters = {w[0] for w in words}
print(sorted(first_letters))
total = sum(len(w) for w in words)
print(total)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
flat = [v for row in matrix for v in row]
print(flat)
print({v % 4 for v in flat})
print({(i, j): i * j for i in range(1, 3) for j in range(1, 3)})
inverted = {v: k for k, v in by_len.items()}
print(inverted)
print([x if x % 2 else -x for x in range(6)])
print([y for x in range(4) if x % 2 == 0 for y in (x, x * 10)])
print(list(map(str, [n ** 2 for n in range(5)])))
print(dict.fromkeys([c for c in "abca"], 0))
print([*(i for i in range(2)), *[9, 8]])
print([c * n for c, n in zip("xyz", range(1, 4))])
