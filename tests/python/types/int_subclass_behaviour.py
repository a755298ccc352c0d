# int subclasses: arithmetic returns plain int, repr/format delegate, __new__ can adjust the value.
class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"

m = Meters(5)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__)
print(format(m, "04d"), f"{m}", "%d" % m, hex(m), m == 5, hash(m) == hash(5))
print(type(m * 1).__name__, type(+m).__name__, type(m // 1).__name__, isinstance(m, int))

class Even(int):
    def __new__(cls, value):
        return super().__new__(cls, value - value % 2)
print(Even(7), Even(-3), type(Even(4)).__name__, Even("9") if False else Even(9))

class Named(int):
    pass
n = Named(12)
n.label = "dozen"
print(n, n.label, vars(n), int(n).__class__.__name__)

class WithStr(int):
    def __str__(self):
        return "str!"
w = WithStr(3)
print(w, repr(w), f"{w}", format(w, ""), "{}".format(w), "%s" % w, "%d" % w)
print(Meters(True), Meters("12"), Meters(3.9), Meters("ff", 16))
print(int.__new__(Meters, 8), type(int.__new__(Meters, 8)).__name__)
print(sorted([Meters(3), Meters(1), 2]))
