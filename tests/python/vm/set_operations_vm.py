a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, {3} <= b, {3, 4} < b, b > {5}, a.isdisjoint({9}))
a |= {10}
a -= {1}
print(sorted(a))
s = set()
for ch in "mississippi":
    s.add(ch)
print(sorted(s), len(s))
evens = {n for n in range(10) if n % 2 == 0}
print(sorted(evens), 4 in evens, 5 in evens)
fs = frozenset([1, 2])
print(sorted(fs | {3}), type(fs | {3}).__name__, type({3} | fs).__name__)
print({fs: "frozenset as key"}[frozenset([2, 1])])
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
s2 = {1, 2, 3}
s2.discard(9)
try:
    s2.remove(9)
except KeyError as e:
    print("KeyError", e)
print(sorted(s2), s2.pop() in {1, 2, 3})
