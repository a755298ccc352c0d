# gc.callbacks: called with "start"/"stop" and an info dict; removing a callback stops it.
import gc
gc.disable()
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, sorted(info), info["generation"], info["collected"]))
gc.callbacks.append(cb)
x = []
x.append(x)
del x
print(gc.collect(1))
print(seen)
seen.clear()
gc.collect(2)
print(seen)
gc.callbacks.remove(cb)
seen.clear()
gc.collect()
print(seen, len(gc.callbacks))
gc.enable()
