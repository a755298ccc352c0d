# gc.is_finalized: true only after the collector (or a dealloc) ran __del__.
import gc
gc.disable()
gc.collect()
class F:
    def __del__(self):
        global survivor
        survivor = self
class Plain:
    pass
f = F()
print(gc.is_finalized(f), gc.is_finalized(Plain()), gc.is_finalized(1))
f.cycle = f
del f
gc.collect()
print(gc.is_finalized(survivor))
gc.enable()
