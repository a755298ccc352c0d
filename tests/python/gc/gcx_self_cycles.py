# gc.collect() counts: self-referencing list, dict, instance, and a pair of instances.
import gc
gc.disable()
gc.collect()
l = []
l.append(l)
del l
print("list", gc.collect())
d = {}
d["me"] = d
del d
print("dict", gc.collect())
class Node:
    pass
n = Node()
n.me = n
del n
print("instance", gc.collect())
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print("pair", gc.collect())
print("nothing", gc.collect())
gc.enable()
