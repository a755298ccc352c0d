# builtins: hash consistency (Glasspy conformance test)
keys = [1, 1.0, True, 2**61 - 1, 2**61, -1, -2, 0.5, 1e20, 10**20]
buckets = {}
for k in keys:
    buckets.setdefault(hash(k), []).append(repr(k))
for h in sorted(buckets):
    print(h, buckets[h])
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash("") == 0, hash(b"") == 0, hash(()) == hash(()))
