# WeakKeyDictionary: items, update, pop, keyrefs, entries go with their keys.
import weakref
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K%d" % self.n
keys = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
d.update({keys[0]: "a", keys[1]: "b"})
d[keys[2]] = "c"
print(len(d), sorted(d.values()), keys[1] in d, 5 in d)
print(d.pop(keys[2]), len(d), len(d.keyrefs()))
print(sorted(repr(k) for k in d))
del keys[0]
print(len(d), sorted(v for k, v in d.items()))
print(d.get(keys[1]), d.get(keys[2], "none"))
