# __getattr__ runs only when normal lookup fails with AttributeError.
class Lazy:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        print("computing", name)
        value = name * 2
        setattr(self, name, value)
        return value
l = Lazy()
print(l.real, l.ab, l.ab)
try:
    l._private
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(l, "_x", "fallback"), hasattr(l, "_y"), hasattr(l, "zz"))

class PropertyError:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"__getattr__ got {name}"
print(PropertyError().broken)

class OtherError:
    @property
    def broken(self):
        raise ValueError("not attribute")
    def __getattr__(self, name):
        return "never"
try:
    OtherError().broken
except ValueError as e:
    print(type(e).__name__, e)

class Inherits(Lazy):
    pass
print(Inherits().cd)
class ClassLevel:
    def __getattr__(self, name):
        return "instance only"
try:
    ClassLevel.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Recursing:
    def __getattr__(self, name):
        return self.__dict__[name]
try:
    Recursing().x
except KeyError as e:
    print(type(e).__name__, e)
