# sys.getrefcount: differences as references are added and removed.
import sys
x = object()
base = sys.getrefcount(x)
y = x
print(sys.getrefcount(x) - base)
items = [x, x, x]
print(sys.getrefcount(x) - base)
del items
del y
print(sys.getrefcount(x) - base)
print(sys.getrefcount(object()))
