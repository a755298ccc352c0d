# __missing__ on dict subclasses, __index__ in slicing, __getitem__ with slices.
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = Default(a=1)
print(d["a"], d["bb"], d.get("zz", "get skips missing"), "bb" in d)

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for w in "a b a c a".split():
    c[w] += 1
print(sorted(c.items()))

class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}")
try:
    Raising()["k"]
except KeyError as e:
    print(type(e).__name__, e)

class NotDict:
    def __missing__(self, key):
        return "never used"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["x"]
except KeyError as e:
    print(type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
print(data[Idx(2)], data[Idx(1):Idx(4)], data[::Idx(3)], "hello"[Idx(-1)])
print(bytes(Idx(3)), [0] * Idx(2), "ab" * Idx(2), range(Idx(3)))
class Seq:
    def __getitem__(self, key):
        return key
s = Seq()
print(s[1], s[1:2], s[1:2:3], s[:, 1], s[...], s["k"], s[::])
class Sliced:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.indices(len(self)))
        if i >= 5:
            raise IndexError("out of range")
        return i * i
print(Sliced()[1:10:2], list(Sliced()), Sliced()[-1:])
