import sys

x = "a string object " + str(42)
base = sys.getrefcount(x)
container = []
for i in range(5):
    container.append(x)
print(sys.getrefcount(x) - base)
container.extend([x] * 3)
print(sys.getrefcount(x) - base)
container[:] = []
print(sys.getrefcount(x) - base)
s = {x}
print(sys.getrefcount(x) - base)
s.discard(x)
print(sys.getrefcount(x) - base)
d = dict.fromkeys([x], x)
print(sys.getrefcount(x) - base)
del d
print(sys.getrefcount(x) - base)
