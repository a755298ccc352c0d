# A cycle that something outside still reaches survives; once that goes, it is garbage.
import gc
gc.disable()
gc.collect()
class Node:
    pass
a, b = Node(), Node()
a.peer, b.peer = b, a
keeper = [a]
del a, b
print("kept alive", gc.collect())
print("still there", keeper[0].peer.peer is keeper[0])
keeper.clear()
print("released", gc.collect())
gc.enable()
