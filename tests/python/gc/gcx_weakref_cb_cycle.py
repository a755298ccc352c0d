# Weakref callbacks of garbage run when gc breaks the cycle; the refs are dead by then.
import gc, weakref
gc.disable()
gc.collect()
class Obj:
    pass
events = []
a = Obj()
a.self = a
r = weakref.ref(a, lambda ref: events.append(("cb", ref() is None)))
del a
print(events, r() is not None)
gc.collect()
print(events, r())
gc.enable()
