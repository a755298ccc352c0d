import gc

gc.collect()
a = []
a.append(a)
del a
print("self-referencing list:", gc.collect())

x = []
y = [x]
x.append(y)
del x, y
print("two-list cycle:", gc.collect())

d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())

print("nothing left:", gc.collect())

ring = [[] for _ in range(5)]
for i in range(5):
    ring[i].append(ring[(i + 1) % 5])
del ring
print("ring of five lists (plus the outer list is not cyclic):", gc.collect())
print("nothing left again:", gc.collect())
