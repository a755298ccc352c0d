# list subclasses: overridden __getitem__/__len__/__iter__ and which built-ins use them.
class Doubling(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
d = Doubling([1, 2, 3])
print(d[0], list(d), [x for x in d], sorted(d), sum(d), max(d), d.index(2), str(d), d == [1, 2, 3])
class Reversed(list):
    def __iter__(self):
        return iter(reversed(list.__iter__(self).__class__ and self[:]))
r = Reversed([1, 2, 3])
print(list(r), [x for x in r], tuple(r), sorted(r), ", ".join(map(str, r)), r[0], len(r))
class Short(list):
    def __len__(self):
        return 1
s = Short([1, 2, 3])
print(len(s), list(s), bool(s), s[2])
class Appending(list):
    def append(self, x):
        super().append(("wrapped", x))
a = Appending()
a.append(1)
a.extend([2])
a += [3]
a.insert(0, 0)
print(a)
class Typed(list):
    pass
t = Typed([3, 1])
t.sort()
print(t, type(t).__name__, type(t + t).__name__, type(t.copy()).__name__, type(sorted(t)).__name__)
