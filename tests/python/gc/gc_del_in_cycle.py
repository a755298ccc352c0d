import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("finalizing", self.name)

gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("cycle unreachable, not yet collected")
n = gc.collect()
print("collected something:", n > 0)
print("garbage list empty:", gc.garbage == [])

solo = Node("solo")
solo.other = solo
del solo
print("self cycle dropped")
gc.collect()
print("after second collect")
