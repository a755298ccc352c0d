# Dict and string work: a text of pseudo-random words (built from syllables with a linear
# congruential generator), split into words and sentences, counted in dicts (words, word
# pairs, letters, word lengths). Checksum: the most frequent words and pairs, and totals.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "zen", "qua", "pri", "dol",
             "ex", "ul", "ar", "bin", "cor", "dra", "fel", "gor"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def make_text(words, rng):
    vocabulary = []
    for _ in range(600):
        size = 1 + rng.next(3)
        vocabulary.append("".join(SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(size)))
    parts = []
    sentence = 0
    for i in range(words):
        # Skewed choice: low indices are frequent, as in real text.
        word = vocabulary[rng.next(1 + rng.next(len(vocabulary)))]
        if sentence == 0:
            word = word[0].upper() + word[1:]
        sentence += 1
        if sentence > 4 and rng.next(8) == 0:
            word += "."
            sentence = 0
        elif rng.next(15) == 0:
            word += ","
        parts.append(word)
    return " ".join(parts)


def analyse(text):
    words = {}
    pairs = {}
    letters = {}
    lengths = {}
    sentences = text.split(". ")
    previous = None
    for raw in text.split():
        word = raw.strip(".,").lower()
        words[word] = words.get(word, 0) + 1
        n = len(word)
        lengths[n] = lengths.get(n, 0) + 1
        if previous is not None:
            key = (previous, word)
            pairs[key] = pairs.get(key, 0) + 1
        previous = None if raw.endswith(".") else word
    for word, count in words.items():
        for ch in word:
            letters[ch] = letters.get(ch, 0) + count
    return words, pairs, letters, lengths, len(sentences)


WORDS = 380000  # quick: 38000
text = make_text(WORDS, Lcg(2024))
words, pairs, letters, lengths, sentences = analyse(text)
print("text", len(text), "chars", sentences, "sentences", len(words), "distinct words")
top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("top words", " ".join("%s:%d" % kv for kv in top))
top_pairs = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top pairs", " ".join("%s+%s:%d" % (a, b, c) for (a, b), c in top_pairs))
print("letters", "".join(sorted(letters, key=lambda ch: (-letters[ch], ch))))
print("lengths", [(n, lengths[n]) for n in sorted(lengths)][:6])
