# gc.is_tracked: atoms are never tracked; containers are, except dicts of atoms and untracked tuples.
import gc
gc.disable()
for obj in (0, 10 ** 30, 1.5, "text", b"bytes", None, True, 1j, range(3), slice(1)):
    print(type(obj).__name__, gc.is_tracked(obj))
print("list", gc.is_tracked([]), gc.is_tracked([1]))
print("set", gc.is_tracked(set()), gc.is_tracked({1}), gc.is_tracked(frozenset()))
print("dict empty", gc.is_tracked({}))
print("dict of atoms", gc.is_tracked({"a": 1, "b": "x"}))
print("dict with list", gc.is_tracked({"a": []}))
d = {"a": 1}
print("before adding container", gc.is_tracked(d))
d["b"] = [1]
print("after adding container", gc.is_tracked(d))
del d["b"]
print("after removing it", gc.is_tracked(d))
print("empty tuple", gc.is_tracked(()))
t = (1, 2, "x")
u = (1, [2])
print("tuple of atoms before collect", gc.is_tracked(t))
gc.collect()
print("tuple of atoms after collect", gc.is_tracked(t))
print("tuple with a list after collect", gc.is_tracked(u))
class Plain:
    pass
class Slotted:
    __slots__ = ("x",)
def function():
    pass
for obj in (Plain(), Slotted(), function, Plain, type, lambda: 0, iter([]), object()):
    print(type(obj).__name__, gc.is_tracked(obj))
gc.enable()
