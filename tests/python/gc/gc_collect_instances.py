# Cycles through instances of user classes are found by gc.collect(); the objects counted include the instances.
import gc
gc.disable()
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

a = Node("a")
b = Node("b")
a.other, b.other = b, a
del a, b
found = gc.collect()
print("two linked nodes found something:", found > 0)

n = Node("self")
n.other = n
del n
print("self-linked node found something:", gc.collect() > 0)

class Slotted:
    __slots__ = ("peer",)
s1, s2 = Slotted(), Slotted()
s1.peer, s2.peer = s2, s1
del s1, s2
print("slotted pair:", gc.collect())
print("second collect:", gc.collect())
gc.enable()
