fs = frozenset([3, 1, 2, 3])
print(sorted(fs), len(fs), 2 in fs, type(fs).__name__)
print(frozenset(), frozenset("aa") == frozenset({"a"}), repr(frozenset({1})))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {frozenset([1, 2]): "pair"}
print(d[frozenset([2, 1])])
s = {frozenset([1]), frozenset([1])}
print(len(s))
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(fs | {9}), type(fs | {9}).__name__, type({9} | fs).__name__)
print(type(fs & {1}).__name__, type(fs.union([5])).__name__, type(fs.copy()).__name__)
print(fs.copy() is fs, frozenset(fs) is fs)
print(fs == {1, 2, 3}, {1, 2, 3} == fs, fs <= {1, 2, 3, 4})
print(sorted(frozenset(range(5)) - {0}), fs.isdisjoint({7}))
nested = frozenset([frozenset([1]), frozenset([2])])
print(len(nested), frozenset([1]) in nested)
print(sorted(sorted(x) for x in nested))
