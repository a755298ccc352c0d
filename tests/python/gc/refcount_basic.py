import sys

x = object()
base = sys.getrefcount(x)
print("getrefcount counts its own argument:", base)
y = x
print("after alias:", sys.getrefcount(x) - base)
lst = [x, x, x]
print("after list of three:", sys.getrefcount(x) - base)
del lst
print("after del list:", sys.getrefcount(x) - base)
del y
print("after del alias:", sys.getrefcount(x) - base)
d = {"k": x}
print("dict value:", sys.getrefcount(x) - base)
d.clear()
print("after clear:", sys.getrefcount(x) - base)
def hold(o):
    return sys.getrefcount(o) - base
print("inside a call (argument + local):", hold(x) > 0)
t = (x,)
print("tuple:", sys.getrefcount(x) - base)
