# weakref.finalize: called once, on death or directly; detach/peek/alive.
import weakref
class R:
    pass
out = []
a = R()
fa = weakref.finalize(a, out.append, "a died")
b = R()
fb = weakref.finalize(b, lambda *args, **kw: out.append((args, sorted(kw))), 1, 2, key=3)
print(fa.alive, fb.alive, fa.atexit)
print(fb(), fb.alive, fb())
del a
print(out, fa.alive)
c = R()
fc = weakref.finalize(c, out.append, "never")
obj, func, args, kwargs = fc.detach()
print(obj is c, func is not None, args, kwargs, fc.alive, fc.detach())
del c, obj
print(out)
