# weakref.ref: dead refs return None, equality follows the referents, hashing, callbacks get the ref.
import weakref
class T:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, T) and self.n == other.n
    def __hash__(self):
        return hash(self.n)
a, b = T(1), T(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra is rb, weakref.ref(a) is ra, hash(ra) == hash(a))
calls = []
rc = weakref.ref(a, lambda r: calls.append(r is rc_holder[0]))
rc_holder = [rc]
print(rc is ra, weakref.getweakrefcount(a))
del a
print(ra(), rc(), calls, ra == rb, ra != rb)
try:
    hash(weakref.ref(T(5)))
except TypeError as e:
    print(type(e).__name__, e)
for obj in (1, "s", (1,), [1], {}, None):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
class WithWeak:
    __slots__ = ("x", "__weakref__")
w = WithWeak()
print(weakref.ref(w)() is w)
print(type(ra).__name__, weakref.ReferenceType is type(ra), callable(ra))
