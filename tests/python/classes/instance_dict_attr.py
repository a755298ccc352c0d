# The __dict__ of instances: reading, replacing, and the descriptor behind it.
class A:
    cls_attr = 1
a = A()
print(a.__dict__)
a.x = 1
print(a.__dict__, vars(a))
a.__dict__["y"] = 2
print(a.y)
a.__dict__ = {"z": 3}
print(a.z, hasattr(a, "x"))
try:
    a.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a.__dict__
except TypeError as e:
    print(type(e).__name__, e)
d = A.__dict__["__dict__"]
print(type(d).__name__, repr(d), d.__get__(a) is a.__dict__)
print(repr(A.__dict__["__weakref__"]), a.__weakref__)
print(sorted(k for k in A.__dict__))
class B(A):
    pass
print(sorted(B.__dict__), B().__dict__)
class C:
    __slots__ = ()
try:
    C().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(C())
except TypeError as e:
    print(type(e).__name__, e)
class I(int):
    pass
i = I(4)
i.tag = "t"
print(i.__dict__, i + 1)
class E(Exception):
    pass
e = E("m")
e.note = 1
print(e.__dict__)
