# Word frequency: split a text into words, count them with a dict, and print
# the most common ones.

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness.
"""

counts = {}
for raw in TEXT.split():
    word = raw.strip(".,;:!?").lower()   # drop punctuation, ignore case
    counts[word] = counts.get(word, 0) + 1

# Sort by count (highest first), then alphabetically to break ties.
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, count in ranked[:8]:
    print(f"{word:<12} {count:>2} {'*' * count}")
print(len(counts), "different words,", sum(counts.values()), "in total")
