# __setattr__ / __delattr__ overrides and object's versions.
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
f = Frozen(a=1)
print(f.a)
for action in (lambda: setattr(f, "a", 2), lambda: delattr(f, "a")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)

class Recording:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)
r = Recording()
r.x = 1
r.x += 1
del r.x
print(r.log)
try:
    del r.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(r, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(r, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
        super().__setattr__(name, value)
v = Validated()
v.n = 3
try:
    v.s = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(vars(v))
