# A weakref callback cannot reach the dead object, but may keep the ref itself.
import weakref
class T:
    pass
kept = []
t = T()
r = weakref.ref(t, kept.append)
del t
print(len(kept), kept[0] is r, kept[0]())
print(r.__callback__)
