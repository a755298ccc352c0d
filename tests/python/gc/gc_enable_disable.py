import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(len(gc.get_count()), all(isinstance(c, int) for c in gc.get_count()))
print(type(gc.collect()).__name__)
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(2) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print(type(e).__name__, e)
print(gc.garbage)
print(callable(gc.get_objects), callable(gc.get_referrers))
