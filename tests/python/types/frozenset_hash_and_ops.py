# frozenset: hashable, usable as dict keys and set members; binary ops keep the left operand's type.
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(a == b, hash(a) == hash(b), a is not b, {a: "x"}[b], len({a, b}), frozenset() == frozenset([]))
print(type(a | {4}).__name__, type({4} | a).__name__, type(a & {1}).__name__, type({1} - a).__name__, type(a ^ set()).__name__)
print(sorted(a | {4}), sorted(a & {1, 9}), sorted(a - {1}), sorted(a ^ {1, 5}), a <= {1, 2, 3, 4}, a < a)
print(a.copy() is a, frozenset(a) is a, sorted(a.union([9])), a.isdisjoint({4}))
for f in (lambda: a.add(4), lambda: a.remove(1), lambda: a.clear()):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
nested = frozenset([frozenset([1]), frozenset([1]), frozenset()])
print(len(nested), frozenset([1]) in nested, {1} in nested)
class FS(frozenset):
    pass
f = FS([1, 2])
print(type(f).__name__, type(f | {3}).__name__, type(f.copy()).__name__, sorted(f), f == frozenset([1, 2]))
print(hash(frozenset()) == hash(frozenset()), sorted(frozenset("hello")))
