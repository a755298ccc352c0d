# set methods with several arguments, update variants, and the errors of remove/pop.
s = {1, 2, 3, 4}
print(sorted(s.union([5], (6,), range(7, 8))), sorted(s.intersection([1, 2, 9], {2, 1})), sorted(s.difference([1], [2])))
print(sorted(s.symmetric_difference([4, 5])), s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint("ab"))
t = set(s)
t.update([10], "a")
t.intersection_update(range(20), [1, 2, 10])
print(sorted(t))
t.difference_update([1])
t.symmetric_difference_update([2, 3])
print(sorted(t))
for f in (lambda: s.remove(99), lambda: set().pop(), lambda: s.add([]), lambda: s | [1], lambda: s.union(5),
          lambda: s < [1], lambda: {[1]}, lambda: s.discard({1}), lambda: s.remove([1])):
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
s.discard(99)
s.discard(frozenset())
print(sorted(s), s.remove(1), sorted(s), {frozenset([1])}.__contains__({1}), {1} in [{1}])
u = {3, 1, 2}
popped = sorted(u.pop() for _ in range(3))
print(popped, u, set() == frozenset(), set("aab") == {"a", "b"})
x = {1, 2}
x |= {3}
x &= {1, 3, 4}
x -= {9}
x ^= {4}
print(sorted(x), repr(set()), repr(frozenset()), repr({1}), repr(frozenset([2])))
