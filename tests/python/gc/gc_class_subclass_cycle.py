# A class that holds one of its subclasses (as an ABC's registry or a plugin list does)
# forms a cycle through the subclass's __mro__ and __bases__: the collector frees it.
import gc
import weakref


class Base:
    pass


class Child(Base):
    pass


Base.children = [Child]
refs = [weakref.ref(Base), weakref.ref(Child)]
del Base, Child
print(gc.collect() > 0, [r() for r in refs])


# A three-level chain held from the top.
class A:
    pass


class B(A):
    pass


class C(B):
    pass


A.last = C
C.first = A
refs = [weakref.ref(cls) for cls in (A, B, C)]
del A, B, C
gc.collect()
print([r() for r in refs])
print(gc.garbage)
