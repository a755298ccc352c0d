# gc.is_finalized tells whether __del__ already ran; a resurrected object is not finalized again.
import gc
gc.disable()
gc.collect()
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)
p = Phoenix("bird")
print(gc.is_finalized(p))
del p
gc.collect()
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print("after second collection", len(saved))
q = Phoenix("plain")
q.me = None
del q
print("refcount death:", len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("end")
gc.enable()
