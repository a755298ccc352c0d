# __set_name__ is called for every attribute of a new class, in definition order.
class Field:
    def __init__(self):
        self.name = None
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Model:
    first = Field()
    second = Field()
    plain = 3
m = Model()
m.first = "one"
print(m.first, m.second, Model.first.owner is Model)

shared = Field()
class A:
    x = shared
class B:
    y = shared
print(shared.name, shared.owner.__name__)

late = Field()
Model.third = late
print(late.name)

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)
try:
    class C:
        b = Boom()
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

T = type("T", (), {"f": Field()})
print(T.f.name)

class NotCallable:
    __set_name__ = None
try:
    class D:
        n = NotCallable()
except Exception as e:
    print(type(e).__name__, e)
