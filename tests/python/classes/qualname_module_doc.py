# __qualname__, __module__ and __doc__ of classes.
class A:
    "The A class."
    class B:
        class C:
            pass
    def f(self):
        class Local:
            pass
        return Local
print(A.__qualname__, A.B.__qualname__, A.B.C.__qualname__, A().f().__qualname__)
print(A.__name__, A.B.C.__name__, A.__module__, A.__doc__)

class NoDoc:
    pass
print(NoDoc.__doc__, "__doc__" in NoDoc.__dict__)

class Custom:
    __qualname__ = "Renamed.Custom"
    __module__ = "elsewhere"
print(Custom.__qualname__, Custom.__module__, repr(Custom))
print("__qualname__" in Custom.__dict__)

try:
    class BadQual:
        __qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)

T = type("T", (), {})
print(T.__module__, T.__qualname__, repr(T))
T.__qualname__ = "X.Y"
print(repr(T))
try:
    T.__qualname__ = 3
except TypeError as e:
    print(type(e).__name__, e)
T.__name__ = "Renamed"
print(T.__name__, repr(T))
try:
    T.__name__ = None
except TypeError as e:
    print(type(e).__name__, e)
U = type("U", (), {"__doc__": "docstring"})
print(U.__doc__)
def make():
    class Made:
        "made here"
    return Made
print(make().__qualname__, make().__doc__)
