# gc.collect's generation argument: keyword or positional, range and type checked.
import gc
gc.disable()
gc.collect()
print(gc.collect(0), gc.collect(1), gc.collect(2), gc.collect(generation=2))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("2")
except TypeError as e:
    print("TypeError", e)
print(len(gc.get_count()))
gc.enable()
