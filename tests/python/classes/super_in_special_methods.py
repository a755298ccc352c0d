# super() inside dunders, properties, class methods of metaclasses and __init_subclass__.
class Base:
    def __getitem__(self, key):
        return ("Base", key)
    def __repr__(self):
        return "Base-repr"
    def __eq__(self, other):
        return "Base.eq"
    __hash__ = object.__hash__
    @property
    def value(self):
        return "Base.value"
    @value.setter
    def value(self, v):
        print("Base setter", v)
class Child(Base):
    def __getitem__(self, key):
        return ("Child",) + super().__getitem__(key)
    def __repr__(self):
        return "Child(" + super().__repr__() + ")"
    def __eq__(self, other):
        return "Child+" + super().__eq__(other)
    @property
    def value(self):
        return "Child+" + super().value
    @value.setter
    def value(self, v):
        Base.value.fset(self, v * 2)
c = Child()
print(c[1], repr(c), c == 1, c.value)
c.value = 5

class Meta(type):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.created_by = "Meta"
        return obj
    def __getitem__(cls, key):
        return (cls.__name__, key)
class Thing(metaclass=Meta):
    def __init__(self, x):
        self.x = x
t = Thing(3)
print(t.x, t.created_by, Thing["k"])

class Registry:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append(cls.__name__)
class One(Registry): pass
class Two(One): pass
print(Registry.subclasses)

class WithSlots:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
class SlotChild(WithSlots):
    __slots__ = ("b",)
    def __init__(self):
        super().__init__()
        self.b = 2
s = SlotChild()
print(s.a, s.b)
class Str(str):
    def upper(self):
        return "Str:" + super().upper()
    def __len__(self):
        return super().__len__() * 10
print(Str("ab").upper(), len(Str("ab")))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D()
d["a"] = 1
print(d)
