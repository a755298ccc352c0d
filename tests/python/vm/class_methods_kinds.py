class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    def to_f(self):
        return self.degrees * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(d):
        return d >= -273.15

    @property
    def kelvin(self):
        return self.degrees + 273.15

t = Temperature.from_f(212)
print(t.degrees, t.to_f(), t.kelvin)
print(Temperature.valid(-300), t.valid(0))

class Sub(Temperature):
    scale = "sub"

s = Sub.from_f(32)
print(type(s).__name__, s.degrees)
print(type(Temperature.__dict__["from_f"]).__name__, type(Temperature.__dict__["valid"]).__name__)
print(type(Temperature.__dict__["kelvin"]).__name__)
try:
    t.kelvin = 5
except AttributeError as e:
    print(type(e).__name__, e)
bound = t.to_f
print(bound(), Temperature.to_f(t))
print(Temperature.from_f.__self__ is Temperature)
