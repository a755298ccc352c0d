# gc.get_stats: one dict per generation; collections counted per generation.
import gc
gc.disable()
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
before = [s["collections"] for s in gc.get_stats()]
gc.collect(0)
gc.collect(2)
after = [s["collections"] for s in gc.get_stats()]
print([a - b for a, b in zip(after, before)])
x = []
x.append(x)
del x
c0 = gc.get_stats()[2]["collected"]
gc.collect()
print(gc.get_stats()[2]["collected"] - c0)
gc.enable()
