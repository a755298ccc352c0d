# Callback order: newest callback first; the plain ref is shared and first in getweakrefs.
import weakref
class T:
    pass
t = T()
calls = []
r1 = weakref.ref(t, lambda r: calls.append(1))
plain = weakref.ref(t)
r2 = weakref.ref(t, lambda r: calls.append(2))
r3 = weakref.ref(t, lambda r: calls.append(3))
print(weakref.getweakrefcount(t), weakref.getweakrefs(t)[0] is plain, weakref.ref(t) is plain)
print([x is y for x, y in zip(weakref.getweakrefs(t), [plain, r3, r2, r1])])
del t
print(calls, weakref.getweakrefcount(plain))
