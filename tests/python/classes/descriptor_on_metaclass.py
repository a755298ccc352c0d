# Descriptors on metaclasses act on classes; class attributes vs metaclass data descriptors.
class Meta(type):
    @property
    def kind(cls):
        return "kind of " + cls.__name__
    @kind.setter
    def kind(cls, value):
        print("meta setter", cls.__name__, value)
    plain = "meta plain"
class A(metaclass=Meta):
    kind = "class attribute"
    plain = "class plain"
print(A.kind, A.plain, A().kind, A().plain)
A.kind = "new"
print(A.__dict__["kind"])
A.plain = "changed"
print(A.plain, Meta.plain)
class Counter:
    def __get__(self, obj, owner):
        return f"get(obj={type(obj).__name__}, owner={owner.__name__})"
class M2(type):
    c = Counter()
class B(metaclass=M2):
    pass
print(B.c)
try:
    B().c
except AttributeError as e:
    print(type(e).__name__, e)
class ReadOnlyMeta(type):
    @property
    def fixed(cls):
        return 1
class C(metaclass=ReadOnlyMeta):
    pass
try:
    C.fixed = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(C.fixed)
