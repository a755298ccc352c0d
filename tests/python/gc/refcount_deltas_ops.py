# sys.getrefcount deltas for common operations on one object.
import sys
class Obj:
    pass
o = Obj()
base = sys.getrefcount(o)
def delta():
    return sys.getrefcount(o) - base
t = (o, o)
print("tuple of two:", delta())
del t
s = {o}
print("set:", delta())
s.add(o)
print("set add again:", delta())
del s
d = {o: o}
print("dict key and value:", delta())
d[o] = None
print("value replaced:", delta())
del d
it = iter([o])
print("iterator over list:", delta())
next(it)
print("after next, item returned and dropped:", delta())
del it
def closure():
    return o
print("closure over global:", delta())
f = lambda x=o: x
print("default argument:", delta())
del f
b = o.__class__
print("type reference does not count:", delta())
m = [o] * 5
print("list repeat:", delta())
m[2:4] = []
print("after slice delete:", delta())
del m
print("final:", delta())
