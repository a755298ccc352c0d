# Subclasses of property, __isabstractmethod__ and property in class hierarchies.
class LoudProperty(property):
    def __get__(self, obj, objtype=None):
        if obj is not None:
            print("getting through", type(self).__name__)
        return super().__get__(obj, objtype)

class A:
    @LoudProperty
    def value(self):
        "the value"
        return 42
    @value.setter
    def value(self, v):
        print("set", v)

a = A()
print(a.value)
a.value = 1
print(type(A.__dict__["value"]).__name__, A.__dict__["value"].__doc__)

class B(A):
    @property
    def value(self):
        return "B's " + str(super().value)
print(B().value)

def abstract(f):
    f.__isabstractmethod__ = True
    return f
p = property(abstract(lambda self: 1))
print(p.__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)
print(property(None, abstract(lambda s, v: 1)).__isabstractmethod__)

class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def expensive(self):
        self.calls += 1
        return self.calls
c = Cached()
print(c.expensive, c.expensive)
c.__dict__["expensive"] = "shadow"
print(c.expensive)
