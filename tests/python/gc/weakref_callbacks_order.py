import weakref

class Target:
    pass

events = []
t = Target()
r1 = weakref.ref(t, lambda r: events.append("first"))
r2 = weakref.ref(t, lambda r: events.append("second"))
print(weakref.getweakrefcount(t))
del t
print(events, r1() is None, r2() is None)

obj = Target()
refs = [weakref.ref(obj) for _ in range(3)]
print(all(r() is obj for r in refs), len({id(r) for r in refs}) <= 3)
del obj
print([r() for r in refs])

class Cache:
    def __init__(self):
        self.data = weakref.WeakValueDictionary()
c = Cache()
v = Target()
c.data[1] = v
print(len(c.data))
del v
print(len(c.data))
