# Subset/superset comparisons between sets, frozensets and views; comparisons with non-sets.
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == frozenset(a), a != b, frozenset(b) > a)
print(a.issubset([1, 2, 5]), a.issuperset(range(2)), b.issuperset((1,)), set().issubset(set()), set() < {0})
print({1, 2} < {2, 3}, {1, 2} > {2, 3}, {1, 2} == {2, 1}, {1} == {1.0}, {1} == {True})
print(a <= {1: "x", 2: "y"}.keys(), {1: 0}.keys() < b, a == [1, 2], a != (1, 2))
for op in (lambda: a < [1, 2, 3], lambda: a <= (1,), lambda: a > "ab", lambda: a >= None):
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([{3}, {1, 2}, {1}], key=len), min([{1, 2}, {1}]), max([{1, 2}, {3}]))
print({frozenset([1])} == {frozenset([1])}, {1, 2}.isdisjoint({3}), {1, 2}.isdisjoint([2]))
