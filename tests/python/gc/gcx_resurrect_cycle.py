# A finalizer that resurrects its object: it survives the collection, and __del__ never runs twice.
import gc
gc.disable()
gc.collect()
saved = []
class Phoenix:
    def __del__(self):
        print("del runs")
        saved.append(self)
p = Phoenix()
p.me = p
del p
print("collected", gc.collect())
print("saved", len(saved), gc.is_finalized(saved[0]))
saved[0].me = None
saved.clear()
print("dropped again", gc.collect())
print("end")
gc.enable()
