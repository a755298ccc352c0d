# gc.get_referrers finds the containers that hold an object.
import gc
class Thing:
    pass
t = Thing()
holder = [t]
box = {"t": t}
refs = gc.get_referrers(t)
print(any(r is holder for r in refs), any(r is box for r in refs))
other = Thing()
print(any(r is holder for r in gc.get_referrers(other)))
