# Data descriptors beat the instance dict, which beats non-data descriptors.
class Data:
    def __get__(self, obj, objtype=None):
        return "data"
    def __set__(self, obj, value):
        print("data set", value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data" if obj is not None else "non-data on class"
class SetOnly:
    def __set__(self, obj, value):
        print("set-only set", value)

class C:
    d = Data()
    n = NonData()
    s = SetOnly()

c = C()
c.__dict__.update(d="dict d", n="dict n", s="dict s")
print(c.d, c.n, c.s)
c.d = 1
c.n = 2
c.s = 3
print(c.__dict__)
print(C.d, C.n, type(C.s).__name__)
del c.n
print(c.n)
try:
    del c.d
except AttributeError as e:
    print(type(e).__name__, e)

class GetOwner:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)
class D:
    g = GetOwner()
class E(D):
    pass
print(D.g, E.g, E().g)
print(D.__dict__["g"].__get__(None, E))

class WithDelete:
    def __get__(self, obj, owner):
        return "get"
    def __delete__(self, obj):
        print("delete called")
class F:
    w = WithDelete()
f = F()
del f.w
try:
    f.w = 5
except AttributeError as e:
    print(type(e).__name__, e)
