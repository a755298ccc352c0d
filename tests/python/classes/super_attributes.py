# super objects: __thisclass__, __self__, __self_class__, binding and class methods.
class A:
    def who(self):
        return "A.who on " + type(self).__name__
    @classmethod
    def cm(cls):
        return "A.cm for " + cls.__name__
    @staticmethod
    def sm():
        return "A.sm"
    @property
    def prop(self):
        return "A.prop"
    attr = "A.attr"
class B(A):
    def who(self):
        return "B then " + super().who()
    @classmethod
    def cm(cls):
        return "B then " + super().cm()
    def via_super(self):
        s = super()
        return s.__thisclass__.__name__, s.__self__ is self, s.__self_class__.__name__
class C(B):
    pass

c = C()
print(c.who(), C.cm(), c.cm())
print(c.via_super())
s = super(B, c)
print(s.sm(), s.prop, s.attr, s.who())
print(super(B, C).cm(), super(B, C).who(c))
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
bound = u.__get__(c, C)
print(bound.who(), bound.__self__ is c)
print(super(C, c).who())
print(super(A, c).__class__.__name__, type(super(A, c)).__name__)
try:
    super(A, c).who()
except AttributeError as e:
    print(type(e).__name__, e)
class D(A):
    def __init__(self):
        super().__init__()
        self.ok = True
    def __repr__(self):
        return "D:" + super().__repr__()[:3]
print(D().ok, repr(D()))
