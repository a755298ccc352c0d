class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
p = Temp.celsius
print(p.fget.__name__, p.fset is not None, p.fdel is not None, Temp.fahrenheit.fset)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return round(self._c)
s = Sub()
s.celsius = 36.6
print(s.celsius)
