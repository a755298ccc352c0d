# Word frequencies with several dict techniques: setdefault, get, a dict subclass with
# __missing__, dict merging with | and |=, inversion and sorting by value.
class Counter(dict):
    def __missing__(self, key):
        return 0


text = """it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness"""
words = text.split()
c = Counter()
for w in words:
    c[w] += 1
positions = {}
for i, w in enumerate(words):
    positions.setdefault(w, []).append(i)
lengths = {}
for w in set(words):
    lengths[len(w)] = lengths.get(len(w), 0) + 1

print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:4], c["absent"])
print(positions["was"], positions["wisdom"])
print(dict(sorted(lengths.items())))
by_count = {}
for word, n in c.items():
    by_count.setdefault(n, []).append(word)
print({n: sorted(ws) for n, ws in sorted(by_count.items(), reverse=True)})
defaults = {"color": "red", "size": 1}
overrides = {"size": 3, "shape": "round"}
print(defaults | overrides, overrides | defaults)
defaults |= {"extra": True}
print(defaults, list(reversed(defaults)))
print({v: k for k, v in {"a": 1, "b": 2}.items()})
