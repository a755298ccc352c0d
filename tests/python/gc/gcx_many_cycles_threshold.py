# Automatic collection: with gc enabled, garbage cycles are reclaimed as allocation goes on.
import gc, weakref
gc.enable()
class Node:
    pass
refs = []
for i in range(3000):
    n = Node()
    n.me = n
    if i % 500 == 0:
        refs.append(weakref.ref(n))
    del n
x = [[] for _ in range(2000)]
print(sum(r() is None for r in refs) >= 5)
print(gc.collect() >= 0)
print(all(r() is None for r in refs))
