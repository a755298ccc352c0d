# A recursive inner function is a cycle (function -> closure -> cell -> function).
import gc, weakref
gc.disable()
gc.collect()
def outer():
    def inner(n):
        return 0 if n == 0 else inner(n - 1)
    return inner
f = outer()
print(f(3))
r = weakref.ref(f)
del f
print(r() is not None)
print(gc.collect() >= 3, r())
gc.enable()
