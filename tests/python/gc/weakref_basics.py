import weakref

class Thing:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Thing({self.name!r})"

t = Thing("alpha")
r = weakref.ref(t)
print(r() is t, r())
print(weakref.getweakrefcount(t))
del t
print(r(), r() is None)

t2 = Thing("beta")
called = []
r2 = weakref.ref(t2, lambda ref: called.append("callback ran"))
del t2
print(called)

try:
    weakref.ref(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref([1])
except TypeError as e:
    print(type(e).__name__, e)
t3 = Thing("gamma")
print(weakref.ref(t3) == weakref.ref(t3), weakref.ref(t3) is weakref.ref(t3))
