class Dynamic:
    existing = "class attribute"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

d = Dynamic()
print(d.existing, d.auto_hello, getattr(d, "auto_x"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)

class Logged:
    def __init__(self):
        self.value = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)

l = Logged()
print(l.value)
try:
    l.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
b = Both()
print(b.boom, b.anything)
