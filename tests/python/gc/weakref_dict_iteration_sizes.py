# WeakValueDictionary and WeakKeyDictionary shrink as referents die; get/setdefault/pop behave like dict.
import weakref
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"V({self.n})"
vals = {k: V(k) for k in "abc"}
wvd = weakref.WeakValueDictionary(vals)
print(len(wvd), sorted(wvd.keys()), wvd["a"], wvd.get("z", "none"))
del vals["b"]
print(len(wvd), sorted(wvd), "b" in wvd)
try:
    wvd["b"]
except KeyError as e:
    print(type(e).__name__, e)
print(wvd.pop("a"), len(wvd), sorted(wvd))
vals.clear()
print(len(wvd), dict(wvd))
k1, k2 = V(1), V(2)
wkd = weakref.WeakKeyDictionary({k1: "one", k2: "two"})
print(len(wkd), wkd[k1], sorted(wkd.values()))
del k1
print(len(wkd), list(wkd.values()))
wkd.setdefault(k2, "ignored")
print(wkd[k2], len(wkd))
try:
    wkd[5] = "x"
except TypeError as e:
    print(type(e).__name__, e)
