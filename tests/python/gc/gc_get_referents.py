# gc.get_referents lists the objects a container refers to directly (printed sorted: the order is not specified).
import gc
inner = [1]
print(sorted(map(repr, gc.get_referents([inner, "s", 3]))))
print(sorted(gc.get_referents((1, 2, 3))))
print(gc.get_referents(1), gc.get_referents("text"))
print(len(gc.get_referents([1], (2,), {3: 4})))
class C:
    pass
c = C()
print(C in gc.get_referents(c))
print(any(r is inner for r in gc.get_referents([inner])))
