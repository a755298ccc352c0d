# A weakref callback fires when gc.collect() frees the referent that sat in a cycle.
import gc
import weakref
gc.disable()
gc.collect()
class Node:
    pass
fired = []
a = Node()
b = Node()
a.peer, b.peer = b, a
ra = weakref.ref(a, lambda r: fired.append("a"))
rb = weakref.ref(b, lambda r: fired.append("b"))
del a, b
print("before collect:", fired, ra() is not None)
gc.collect()
print("after collect:", sorted(fired), ra(), rb())
c = Node()
rc = weakref.ref(c, lambda r: print("callback with dead ref:", r() is None))
c = None
print("end")
gc.enable()
