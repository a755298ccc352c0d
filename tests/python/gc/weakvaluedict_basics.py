import weakref

class Obj:
    def __init__(self, key):
        self.key = key
    def __repr__(self):
        return f"Obj({self.key})"

cache = weakref.WeakValueDictionary()
a = Obj("a")
b = Obj("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), len(cache), cache["a"])
del a
print(sorted(cache.keys()), len(cache))
print(cache.get("a"), "a" in cache)
try:
    cache["a"]
except KeyError as e:
    print(type(e).__name__, e)
b = None
print(len(cache), list(cache.items()))
c = Obj("c")
cache["c"] = c
print(dict(cache))
