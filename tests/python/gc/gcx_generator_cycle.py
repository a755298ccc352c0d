# A suspended generator in a garbage cycle is closed by the collector: its finally runs.
import gc
gc.disable()
gc.collect()
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
box = []
g = gen(box)
box.append(g)
print(next(g))
del g, box
print("collecting")
print(gc.collect() > 0)
gc.enable()
