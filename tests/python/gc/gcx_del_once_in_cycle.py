# __del__ of objects in a garbage cycle runs once, from the collector (PEP 442).
import gc
gc.disable()
gc.collect()
log = []
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
x, y = D("x"), D("y")
x.y, y.x = y, x
del x, y
print("before", log)
n = gc.collect()
print("after", sorted(log), n)
print("again", gc.collect(), sorted(log))
gc.enable()
