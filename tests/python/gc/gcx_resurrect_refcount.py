# Resurrection from a plain refcount drop: __del__ keeps a reference, runs only once.
import gc
keep = []
class Back:
    def __del__(self):
        print("finalizing")
        keep.append(self)
b = Back()
del b
print("resurrected", len(keep), gc.is_finalized(keep[0]))
keep.clear()
print("second drop: no message")
