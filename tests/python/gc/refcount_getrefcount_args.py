import sys

class Box:
    pass

b = Box()
start = sys.getrefcount(b)
print("fresh instance referenced by one name:", start - 1)
holder = Box()
holder.attr = b
print("stored as attribute:", sys.getrefcount(b) - start)
holder.attr = None
print("attribute cleared:", sys.getrefcount(b) - start)
items = {b: 1}
print("as a dict key:", sys.getrefcount(b) - start)
items.pop(b)
print("key popped:", sys.getrefcount(b) - start)
m = b.__class__
print("class refers nothing back:", sys.getrefcount(b) - start)
bound = [b] * 10
print("ten list slots:", sys.getrefcount(b) - start)
del bound
print("list deleted:", sys.getrefcount(b) - start)
