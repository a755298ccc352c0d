a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [10])), sorted(a.intersection(b, {5})), sorted(a.difference(b, {1})))
print(sorted(a.symmetric_difference([5, 8])), a.issubset(range(10)), a.issuperset([1, 2]))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} > {2})
print(a.isdisjoint(b), {1}.isdisjoint([2]), {1, 2} == frozenset([1, 2]))
c = set(a)
c &= b
print(sorted(c))
c |= {100}
c -= {4}
c ^= {5, 200}
print(sorted(c))
c.intersection_update(range(150))
print(sorted(c))
d = set(range(10))
d.difference_update([1, 2], [3])
d.symmetric_difference_update({0, 50})
print(sorted(d))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(a.union([1])), a <= set(range(1, 6)))
