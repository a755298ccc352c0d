# getweakrefcount/getweakrefs; ref equality and hashing follow the referent.
import weakref
class H:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return hash(self.k)
x, y = H(1), H(1)
print(weakref.getweakrefcount(x), weakref.getweakrefs(x))
rx = weakref.ref(x)
ry = weakref.ref(y)
cb = weakref.ref(x, lambda r: print("callback"))
print(weakref.getweakrefcount(x), rx == ry, rx is ry, hash(rx) == hash(1), cb == rx)
print(weakref.getweakrefcount(5), weakref.getweakrefs("s"))
d = {rx: "x"}
print(d[ry])
del x
print(rx == ry, rx != ry, hash(rx) == hash(1))
