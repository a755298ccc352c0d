# gc.is_tracked for more shapes: nested dicts, instances, functions, sets, generators.
import gc
def g():
    yield 1
class A:
    pass
print(gc.is_tracked({"a": {"b": 1}}), gc.is_tracked({"a": (1, 2)}), gc.is_tracked({1: A()}))
print(gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(g), gc.is_tracked(g()))
print(gc.is_tracked(set()), gc.is_tracked(frozenset({1})), gc.is_tracked(bytearray()))
print(gc.is_tracked(3.5), gc.is_tracked(2 ** 100), gc.is_tracked(None), gc.is_tracked(""))
