# WeakValueDictionary drops a value that dies in a collected cycle.
import gc, weakref
gc.disable()
gc.collect()
class V:
    pass
cache = weakref.WeakValueDictionary()
v = V()
v.loop = v
cache["v"] = v
w = V()
cache["w"] = w
del v
print(sorted(cache), len(cache))
gc.collect()
print(sorted(cache), len(cache), "v" in cache, cache.get("v", "gone"))
gc.enable()
