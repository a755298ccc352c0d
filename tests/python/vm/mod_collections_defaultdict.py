from collections import defaultdict, Counter

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(sorted(groups.items()))
print(groups["zzz"], "zzz" in groups, len(groups))

counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(dict(counts))
print(type(counts).__name__, counts.default_factory)

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})

plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("no factory:", repr(e))

c = Counter("mississippi")
print(sorted(c.items()), c["s"], c["zz"])
print(c.most_common(2))
c2 = Counter(a=3, b=1)
c2.update({"a": 1, "c": 5})
print(sorted(c2.items()), c2.total())
print(sorted((Counter(a=3, b=2) - Counter(a=1, b=5)).items()))
print(sorted((Counter(a=1) + Counter(a=2, b=1)).items()))
