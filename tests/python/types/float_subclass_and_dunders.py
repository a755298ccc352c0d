# float subclasses and objects with __float__ feeding float().
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"

c = Celsius(21.5)
print(c, repr(c), c + 1, type(c + 1).__name__, type(-c).__name__, c.is_integer(), round(c))
print(f"{c:.2f}", format(c, "e"), c.hex(), c.as_integer_ratio(), isinstance(c, float))

class F:
    def __float__(self):
        return 2.5
print(float(F()), float(Celsius(3)), type(float(Celsius(3))).__name__)

class I:
    def __index__(self):
        return 7
print(float(I()))

class BadF:
    def __float__(self):
        return "x"
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
for bad in (None, [], "abc", b"1.5x"):
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(b"  1.25 "), float(bytearray(b"-3e2")), float("\u0663.\u0665"))
print(Celsius("1e3"), Celsius.fromhex("0x1p3"), type(Celsius.fromhex("0x1p3")).__name__)
