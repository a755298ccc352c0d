import gc

gc.collect()
class Node:
    pass

def make_cycles(n):
    for _ in range(n):
        a = Node()
        b = Node()
        a.b = b
        b.a = a

gc.disable()
make_cycles(10)
found = gc.collect()
print("ten two-node cycles of instances found:", found >= 20)
print("second collect finds nothing:", gc.collect())
gc.enable()
lst = [[] for _ in range(3)]
for l in lst:
    l.append(l)
del lst, l
print("three self cycles:", gc.collect())
