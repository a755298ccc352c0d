class C:
    x = 1
    def __init__(self):
        self.y = 2
c = C()
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "z", "default"), hasattr(c, "x"), hasattr(c, "z"))
setattr(c, "z", 3)
print(c.z, vars(c))
delattr(c, "z")
print(hasattr(c, "z"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "attr", 1)
except AttributeError as e:
    print(type(e).__name__, e)
class Raises:
    @property
    def p(self):
        raise ValueError("property raised")
try:
    hasattr(Raises(), "p")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
setattr(c, "with space", 1)
print(getattr(c, "with space"), sorted(vars(c)))
