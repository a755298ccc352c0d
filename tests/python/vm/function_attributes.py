def documented(a: int, b: "text" = "x") -> bool:
    """Checks something."""
    return True

print(documented.__name__, documented.__qualname__, documented.__module__)
print(documented.__doc__)
print(documented.__annotations__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_name, documented.__code__.co_argcount)

documented.custom = "attached"
print(documented.custom, documented.__dict__)

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(outer.__globals__ is globals())

documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
try:
    documented.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
print(C.m.__qualname__, C.s.__qualname__)
print(type(documented).__name__, callable(documented))
x: int = 5
print(__annotations__)
