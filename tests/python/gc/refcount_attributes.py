# References held by attributes, bound methods and class attributes, seen through sys.getrefcount.
import sys
class Holder:
    def method(self):
        return self
target = object()
base = sys.getrefcount(target)
h = Holder()
h.a = target
h.b = target
print("two attributes:", sys.getrefcount(target) - base)
del h.a
print("one deleted:", sys.getrefcount(target) - base)
Holder.shared = target
print("class attribute too:", sys.getrefcount(target) - base)
del Holder.shared
h.b = None
print("all gone:", sys.getrefcount(target) - base)
hbase = sys.getrefcount(h)
bound = h.method
print("bound method holds self:", sys.getrefcount(h) - hbase)
del bound
print("released:", sys.getrefcount(h) - hbase)
r = h.method()
print("returned self:", sys.getrefcount(h) - hbase)
del r
setattr(h, "c", h)
print("self reference:", sys.getrefcount(h) - hbase)
delattr(h, "c")
print("removed:", sys.getrefcount(h) - hbase)
