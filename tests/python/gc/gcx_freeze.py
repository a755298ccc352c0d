# gc.freeze moves everything tracked to the permanent generation; unfreeze brings it back.
import gc
gc.disable()
gc.collect()
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count()[0])
junk = []
junk.append(junk)
del junk
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
gc.enable()
