# DEBUG_SAVEALL keeps the garbage in gc.garbage instead of freeing it.
import gc
gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
x = [1]
x.append(x)
del x
print(gc.collect(), len(gc.garbage), gc.garbage[0][0])
gc.set_debug(0)
del gc.garbage[:]
print(gc.collect(), gc.garbage, gc.get_debug())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.enable()
