# WeakSet: membership, set operations, members leave when they die.
import weakref
class M:
    def __init__(self, n):
        self.n = n
ms = [M(i) for i in range(5)]
a = weakref.WeakSet(ms[:3])
b = weakref.WeakSet(ms[2:])
print(len(a), len(b), ms[0] in a, ms[4] in a, 3 in a)
print(sorted(m.n for m in a | b), sorted(m.n for m in a - b), sorted(m.n for m in a & b))
a.discard(ms[1])
print(sorted(m.n for m in a))
del ms[2]
print(len(a), len(b))
ms.clear()
print(len(a), len(b), list(a))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
