# __getattribute__ overrides see every lookup; object.__getattribute__ is the default.
class Tracing:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("lookup", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x

t = Tracing()
print(t.x)
print(t.method())
print(getattr(t, "missing", "default"))
print(hasattr(t, "x"))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattribute__(self, name):
        if name == "_target":
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)
    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_target"), name, value)

class Target:
    value = 10
p = Proxy(Target())
print(p.value, p.__class__.__name__)
p.value = 20
print(p.value, p._target.value)

class Fallback:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
print(Fallback().anything)

class Broken:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    Broken().x
except KeyError as e:
    print(type(e).__name__, e)
print(type(Broken()).__name__)
