# __prepare__: the namespace a class body runs in may be any mapping.
class LoggingDict(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("set", key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, bases, kwargs)
        return LoggingDict()
    def __new__(mcls, name, bases, ns, **kwargs):
        print("namespace type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))

class A(metaclass=Meta, option=1):
    x = 1
    y = x + 1
    def f(self):
        return self.y
print(A().f(), A.x)

class Mapping:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        return self.data[key]
    def __setitem__(self, key, value):
        self.data[key] = value

class M2(type):
    def __prepare__(name, bases):
        return Mapping()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.data)

class B(metaclass=M2):
    a = 5
    b = a * 2
print(B.a, B.b)

class BadPrepare(type):
    def __prepare__(name, bases):
        return 42
try:
    class C(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)

def fake_meta(name, bases, ns):
    return (name, sorted(k for k in ns if not k.startswith("__")))
class D(metaclass=fake_meta):
    p = 1
    q = 2
print(D)
