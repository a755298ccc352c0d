TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

words = [w.strip(".,").lower() for w in TEXT.split()]
print(len(words), "words,", len(set(words)), "distinct")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, count in top:
    print(f"{word:>8} {'*' * count} {count}")
lines = TEXT.splitlines()
print([len(l) for l in lines])
longest = max(words, key=len)
print("longest:", longest, len(longest))
letters = sorted(c for c in TEXT.lower() if c.isalpha())
print("".join(letters[:20]))
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print("vowels", vowels, "ratio", round(vowels / len(letters), 3))
by_first = {}
for w in sorted(set(words)):
    by_first.setdefault(w[0], []).append(w)
print(by_first["w"], sorted(by_first)[:5])
