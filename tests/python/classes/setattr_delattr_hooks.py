class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

r = Recorder()
r.a = 1
r.b = 2
r.a += 10
del r.b
print(r.log, r.a)
setattr(r, "c", 3)
delattr(r, "c")
print(r.log[-2:])

class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: read-only")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
ro = ReadOnly(5)
for action in (lambda: setattr(ro, "v", 1), lambda: delattr(ro, "v")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(ro.v)
