# AttributeError.name and .obj: set by failed lookups (also when __getattr__ raises a bare
# AttributeError), left unset by failed assignments and deletions.
class Hooked:
    def __getattr__(self, name):
        if name == "computed":
            return 42
        raise AttributeError(f"nothing called {name}")


h = Hooked()
print(h.computed)
try:
    h.missing
except AttributeError as e:
    print(e, e.name, e.obj is h)


class Explicit:
    def __getattr__(self, name):
        raise AttributeError("explicit", name="other", obj=None)


try:
    Explicit().anything
except AttributeError as e:
    print(e, e.name, e.obj)


class Custom:
    def __getattribute__(self, name):
        if name == "ok":
            return "fine"
        raise AttributeError(name)


c = Custom()
try:
    c.gone
except AttributeError as e:
    print(e, e.name, e.obj is c)


class Slotted:
    __slots__ = ("a",)


s = Slotted()
for action in (lambda: setattr(s, "b", 1), lambda: delattr(s, "a"), lambda: delattr(s, "zz"),
               lambda: setattr(object(), "x", 1)):
    try:
        action()
    except AttributeError as e:
        print(e, "|", e.name, e.obj)
import math
try:
    math.tau2
except AttributeError as e:
    print(e, e.name, e.obj is math)
try:
    del math.tau2
except AttributeError as e:
    print(e, e.name)
