# Text statistics: word counts with dict.get, longest words, letter frequencies with a
# sorted histogram, sentence splitting, and a justified summary table.
TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps!
A fox is quick; a dog is lazy? Foxes and dogs: friends, maybe.
"""

words = [w.strip(".,;:!?").lower() for w in TEXT.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("words:", len(words), "distinct:", len(counts))
for word, n in top:
    print(f"  {word:<6} {'#' * n} {n}")

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = "".join(sorted(letters, key=lambda c: (-letters[c], c))[:6])
print("most common letters:", common)

sentences, current = [], []
for token in TEXT.replace("\n", " ").split(" "):
    if not token:
        continue
    current.append(token)
    if token[-1] in ".!?":
        sentences.append(" ".join(current))
        current = []
print(len(sentences), "sentences")
for s in sentences:
    print(f"  [{len(s.split()):2}] {s}")
longest = max(words, key=len)
print("longest word:", longest, "| average length:", round(sum(map(len, words)) / len(words), 3))
