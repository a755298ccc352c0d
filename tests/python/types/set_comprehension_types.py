evens = {x for x in range(20) if x % 2 == 0}
print(sorted(evens), type(evens).__name__)
mods = {x % 5 for x in range(100)}
print(sorted(mods))
pairs = {(x, y) for x in range(3) for y in range(3) if x < y}
print(sorted(pairs))
lengths = {len(w) for w in "the quick brown fox jumps".split()}
print(sorted(lengths))
print(sorted({c.lower() for c in "AaBbCc"}))
letters = {c for c in "hello"}
print(len(letters), sorted(letters))
squares = {n * n for n in range(-3, 4)}
print(sorted(squares))
print(set(map(abs, [-1, 1, -2])) == {1, 2})
print(sorted(set("mississippi")), len(set("mississippi")))
print({1, 2, 3} - {x for x in range(2)})
print(max({3, 9, 1}), min({3, 9, 1}), sum({3, 9, 1}))
print(sorted({frozenset({1, 2}), frozenset({2, 1})}, key=sorted))
