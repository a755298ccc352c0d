import gc

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)

gc.collect()
gc.disable()
a = Item("cyclic")
a.me = a
del a
print("gc disabled: cycle stays in memory until an explicit collect")
for i in range(3):
    temp = Item(f"acyclic-{i}")
    del temp
print("acyclic objects are freed immediately by refcounting")
n = gc.collect()
print("explicit collect works while disabled:", n > 0)
gc.enable()
print(gc.isenabled())
