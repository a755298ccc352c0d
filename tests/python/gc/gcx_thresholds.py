# get_threshold/set_threshold: defaults, partial updates, argument errors.
import gc
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
for bad in [(), (1, 2, 3, 4), ("x",)]:
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print("TypeError", e)
print(type(gc.get_count()).__name__, len(gc.get_count()))
