# gc.is_tracked of dicts: a dict that held a container stays tracked until a full collection.
import gc
gc.disable()
d = {"a": 1}; d["b"] = [1]; del d["b"]; print(gc.is_tracked(d))
gc.collect(0); print(gc.is_tracked(d))
gc.collect(1); print(gc.is_tracked(d))
gc.collect(); print(gc.is_tracked(d))
e = {1: []}; e.clear(); print(gc.is_tracked(e)); gc.collect(); print(gc.is_tracked(e))
f = {1: []}; f.pop(1); print(gc.is_tracked(f))
g = {1: []}; g.popitem(); print(gc.is_tracked(g))
h = {1: []}; h[1] = 2; print(gc.is_tracked(h))
print(gc.is_tracked({1: {}}), gc.is_tracked({1: {2: []}}), gc.is_tracked({1: ()}), gc.is_tracked({1: (1, [])}))
k = {1: {}}; k[1] = 0; print(gc.is_tracked(k))
