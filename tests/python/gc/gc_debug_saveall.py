# With DEBUG_SAVEALL, collected objects are kept in gc.garbage instead of being freed.
import gc
gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect(), len(gc.garbage))
print(sorted(len(x) for x in gc.garbage), all(type(x) is list for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
c = {}
c["c"] = c
del c
print(gc.collect(), gc.garbage)
gc.enable()
