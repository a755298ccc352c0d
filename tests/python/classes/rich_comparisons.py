class Version:
    def __init__(self, *p):
        self.p = p
    def __repr__(self):
        return "V" + ".".join(map(str, self.p))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.p == o.p
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.p < o.p
    def __le__(self, o):
        return self == o or self < o

vs = [Version(1, 2), Version(1, 0), Version(2), Version(1, 10)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) == Version(1), Version(1) != Version(2), Version(1) < Version(2))
print(Version(2) > Version(1), Version(2) >= Version(2))
print(Version(1) == 1, Version(1) != "x")
try:
    Version(1) < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Version(1) >= 5
except TypeError as e:
    print(type(e).__name__, e)
class Reflect:
    def __gt__(self, o):
        return "Reflect.__gt__ used for <"
print(1 < Reflect(), Reflect() > 1)
class EqOnly:
    def __eq__(self, o):
        return "truthy string"
print(EqOnly() == 1, EqOnly() != 1, [EqOnly()] == [1])
