# tuple operations: concatenation errors, repetition, comparisons, index/count, hashing.
t = (1, "two", 3.0, (4, 5), [6])
print(t[1:], t[::-1][:2], t + (7,), (0,) * 3, () * 5, t.index(3), t.index((4, 5)), t.count(1))
for f in (lambda: t + [7], lambda: t.index(99), lambda: t[10], lambda: hash(t), lambda: t.__setitem__(0, 1),
          lambda: t * 1.5, lambda: t.index(1, 1), lambda: (1, 2) < (1, "a"), lambda: t.append(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2.0), (2,) > (1, 9), () < (0,), (1, (2, 3)) < (1, (2, 4)))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), len({(1, 2), (1, 2), (2, 1)}))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple(x for x in "xy"), tuple())
print((1,), (1), ((),), repr(tuple()), str((1, "a")), repr(("a'b", 'c"d')))
a, *rest = t
print(a, rest, t.__len__(), 3.0 in t, [6] in t, t[-1] is t[4])
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__, e)
class T(tuple):
    pass
x = T((1, 2))
print(x, type(x + (3,)).__name__, type(x[:]).__name__, x == (1, 2))
