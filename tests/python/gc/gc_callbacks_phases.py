# gc.callbacks are called with "start" and "stop" and an info dict for every collection.
import gc
gc.disable()
gc.collect()
events = []
def on_gc(phase, info):
    events.append((phase, info["generation"], info.get("collected"), info.get("uncollectable")))
gc.callbacks.append(on_gc)
a = []
a.append(a)
del a
print(gc.collect())
print(events)
events.clear()
print(gc.collect(0))
print(events)
gc.callbacks.remove(on_gc)
events.clear()
gc.collect()
print(events, on_gc in gc.callbacks)
gc.enable()
