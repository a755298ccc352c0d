def init(self, v):
    self.v = v

Dynamic = type("Dynamic", (object,), {"kind": "made by type()", "__init__": init,
                                      "double": lambda self: self.v * 2})
d = Dynamic(21)
print(Dynamic.__name__, d.kind, d.double(), type(d) is Dynamic)

Sub = type("Sub", (Dynamic,), {})
print(Sub.__mro__ == (Sub, Dynamic, object), Sub(1).double())

print(type(5) is int, type(type) is type, type(object) is type)
try:
    type("X", (5,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)

order = []
class Recorded:
    order.append("body start")
    a = 1
    order.append("body end")
    def method(self):
        pass
order.append("after class")
print(order)

def class_decorator(cls):
    cls.decorated = True
    return cls

@class_decorator
class Decorated:
    pass
print(Decorated.decorated)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
