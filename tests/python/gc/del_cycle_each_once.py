# Objects with __del__ in a cycle are finalized exactly once by gc.collect() and then freed.
import gc
gc.disable()
gc.collect()
finalized = []
class Member:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        finalized.append(self.name)
ring = [Member(n) for n in "abcd"]
for i, m in enumerate(ring):
    m.next = ring[(i + 1) % len(ring)]
del ring, m
print("before:", finalized)
found = gc.collect()
print("after:", sorted(finalized), found >= 4)
gc.collect()
print("second collect adds nothing:", sorted(finalized))
print("garbage:", gc.garbage)
gc.enable()
