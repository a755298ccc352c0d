class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("metaclass __call__", args)
        return super().__call__(*args, **kwargs)

class Thing(metaclass=OrderedMeta, flag=True):
    x = 1
    def __init__(self, v):
        print("Thing.__init__", v)
        self.v = v

t = Thing(42)
print(t.v, Thing.injected, type(Thing).__name__)

class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created once")
print(Config() is Config())
