# Metaclass __instancecheck__ / __subclasscheck__ and isinstance with tuples.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, (int, str))
class IntLike(metaclass=Meta):
    pass
print(isinstance(3, IntLike), isinstance("x", IntLike))
print(issubclass(bool, IntLike), issubclass(str, IntLike), issubclass(list, IntLike))
print(isinstance(IntLike(), IntLike))
print(isinstance(3, (str, IntLike)), issubclass(float, (IntLike, float)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)), issubclass(B, B))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(type(e).__name__, e)
class FakeClass:
    @property
    def __class__(self):
        return int
print(isinstance(FakeClass(), int), isinstance(FakeClass(), FakeClass), type(FakeClass()).__name__)
print(type.__instancecheck__(A, B()), type.__subclasscheck__(A, B))
