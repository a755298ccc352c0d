# gc.collect() returns how many unreachable objects it found, for cycles of several shapes.
import gc
gc.disable()
gc.collect()

def report(label):
    print(label, gc.collect())

a = []
a.append(a)
del a
report("self list")
a, b, c = [], [], []
a.append(b); b.append(c); c.append(a)
del a, b, c
report("three-list ring")
d = {}
d["self"] = d
del d
report("self dict")
s = [[]]
s[0].append(s)
s.append((s,))
del s
report("list-list-tuple")
t = ([],)
t[0].append(t)
del t
report("tuple-list")
report("nothing left")
x = []
y = [x]
x.append(y)
keep = x
del y
report("reachable cycle")
del keep, x
report("released cycle")
gc.enable()
