from collections import Counter, OrderedDict
import textwrap
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief"""
words = [w.strip(',.').lower() for w in text.split()]
freq = Counter(words)
print(freq.most_common(5))
ranked = OrderedDict(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(ranked.items())[:6])
print(textwrap.fill(' '.join(words), 40))
