# getter/setter/deleter make copies; docs follow the getter unless given.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius, Temp.celsius.__doc__)

p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
p3 = p2.deleter(lambda self: None)
print(p1 is p2, p1.fset is None, p2.fset is not None, p3.fdel is not None, p3.fget is p1.fget)

def g1(self):
    "doc one"
def g2(self):
    "doc two"
q = property(g1)
print(q.__doc__, q.getter(g2).__doc__)
r = property(g1, doc="explicit")
print(r.__doc__, r.getter(g2).__doc__)
s = property(g1)
s.__doc__ = "changed"
print(s.__doc__)

class Named:
    x = property(lambda self: 1)
    y = x.setter(lambda self, v: None)
n = Named()
try:
    del n.y
except AttributeError as e:
    print(type(e).__name__, e)
