text = "Hello, Wörld! 123"
vowels = 0
digits = []
for ch in text:
    if ch.lower() in "aeiouö":
        vowels += 1
    elif ch.isdigit():
        digits.append(int(ch))
print(vowels, digits)

for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))

words = "the quick brown fox".split()
for w in words:
    print(w.capitalize(), len(w))
for a, b in zip(words, words[1:]):
    print(a, "->", b)

result = ""
for ch in reversed("stressed"):
    result += ch
print(result)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for line in "one\ntwo\n\nfour".splitlines():
    print(repr(line))
