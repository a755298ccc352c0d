# enable/disable/isenabled; collect() works while disabled.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
a = []
a.append(a)
del a
print(gc.collect() >= 1)
gc.enable()
print(gc.isenabled())
print(gc.enable(), gc.disable(), gc.isenabled())
gc.enable()
