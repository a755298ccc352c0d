import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("finalize", self.name)

gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
keep = a
del a, b
print("cycle still reachable through 'keep'")
gc.collect()
print("nothing finalized yet")
keep.peer.peer = None
print("cycle broken by hand")
keep = None
print("refcounting freed both without the collector")
print("collect finds:", gc.collect())
