s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 not in s)
print(set(), set([1, 2, 2]), set("aab") == {"a", "b"}, set(range(3)), {1, 2} == {2, 1})
s.update([5, 6], {7})
s.discard(100)
s.remove(5)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
x = s.pop()
print(x in range(10), len(s))
s.clear()
print(s, repr(set()), repr({1}), bool(set()))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    one = {1}
    one[0]
except TypeError as e:
    print(type(e).__name__, e)
c = {1, 2}
d = c.copy()
d.add(3)
print(sorted(c), sorted(d))
print({1, 1.0, True}, {0, False, 0.0}, len({(1, 2), (1, 2)}))
