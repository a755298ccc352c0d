# get_threshold/set_threshold with one to three values; isenabled around disable/enable.
import gc
old = gc.get_threshold()
print(old)
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(400, 7)
print(gc.get_threshold())
gc.set_threshold(300, 2, 3)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print(type(e).__name__, e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
gc.set_threshold(*old)
print(gc.get_threshold() == old, gc.isenabled())
gc.disable()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL, gc.get_debug(), gc.garbage)
