# weakref.finalize runs its callback once: when the object dies or when called directly.
import weakref
class Res:
    pass
r = Res()
f = weakref.finalize(r, print, "finalized", 1)
print(f.alive)
del r
print(f.alive)
r2 = Res()
f2 = weakref.finalize(r2, lambda: "value")
print(f2(), f2.alive, f2())
del r2
r3 = Res()
f3 = weakref.finalize(r3, print, "never")
print(f3.detach()[1:], f3.alive)
del r3
r4 = Res()
f4 = weakref.finalize(r4, print, "peeked")
obj, func, args, kwargs = f4.peek()
print(obj is r4, func is print, args, kwargs)
del obj
del r4
print(f4.peek())
print("end")
