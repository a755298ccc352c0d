# gc.collect(generation): valid generations 0-2; others raise ValueError.
import gc
gc.disable()
gc.collect()
for gen in (0, 1, 2):
    x = []
    x.append(x)
    del x
    print(gen, gc.collect(gen))
for bad in (3, -1, 100):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    gc.collect("0")
except TypeError as e:
    print(type(e).__name__, e)
print(gc.collect(generation=2))
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
gc.enable()
