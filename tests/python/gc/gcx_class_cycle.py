# Classes are cyclic (a class and its methods' cells); deleting one frees it through gc.
import gc, weakref
gc.disable()
gc.collect()
class Base:
    def m(self):
        return __class__
r = weakref.ref(Base)
print(Base().m() is Base)
del Base
print(r() is not None)
print(gc.collect() > 0, r())
gc.enable()
