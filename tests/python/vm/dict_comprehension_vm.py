squares = {n: n * n for n in range(6)}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted)
words = ["apple", "Banana", "cherry", "apple", "Date"]
first_seen = {}
for w in words:
    first_seen.setdefault(w.lower(), len(first_seen))
print(first_seen)
by_len = {len(w): w for w in words}
print(by_len)
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({(x, y): x * y for x in range(2) for y in range(2)})
nested = {k: {i: i ** k for i in range(3)} for k in range(1, 3)}
print(nested)
print({c: words.count(c) for c in sorted(set(words))})
counter = {}
for ch in "hello world":
    counter[ch] = counter.get(ch, 0) + 1
print(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(dict(sorted(squares.items(), reverse=True)))
