# Subclasses of weakref.ref can carry attributes; callbacks get the subclass instance.
import weakref
class Tagged(weakref.ref):
    __slots__ = ("tag",)
    def __new__(cls, obj, tag, callback=None):
        self = super().__new__(cls, obj, callback)
        self.tag = tag
        return self
    def __init__(self, obj, tag, callback=None):
        super().__init__(obj, callback)
class Obj:
    pass
o = Obj()
got = []
r = Tagged(o, "first", lambda ref: got.append((type(ref).__name__, ref.tag)))
print(r.tag, r() is o, isinstance(r, weakref.ref), weakref.getweakrefcount(o))
del o
print(got, r())
