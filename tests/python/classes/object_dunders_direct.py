# Calling object's methods directly on instances of classes.
class A:
    def __init__(self):
        self.x = 1
    def __repr__(self):
        return "A-repr"
    def __eq__(self, other):
        return True
a = A()
print(object.__repr__(a).startswith("<__main__.A object at 0x"), repr(a), str(a))
print(object.__str__(a), object.__eq__(a, a), object.__eq__(a, 1), object.__ne__(a, a))
print(object.__getattribute__(a, "x"), object.__lt__(a, a))
object.__setattr__(a, "y", 2)
print(a.y)
object.__delattr__(a, "y")
print(hasattr(a, "y"))
print(object.__hash__(a) == object.__hash__(a), type(object.__sizeof__(a)).__name__)
print(object.__format__(a, ""), object.__class__, object.__dir__(a)[:0])
try:
    object.__format__(a, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__getattribute__(a, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__repr__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__()
except TypeError as e:
    print(type(e).__name__, e)
print(object.__init__(a), object.__init_subclass__())
print(A.__init__ is not object.__init__, A.__hash__, A.__ne__ is object.__ne__)
