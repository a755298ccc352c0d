# Attribute access stays right while the VM caches lookups: class attributes changed,
# methods replaced on a base class, instance dicts shadowing methods, descriptors added
# later, attributes deleted, classes made again in a loop, globals rebound and deleted,
# builtins shadowed by globals.
class Base:
    kind = "base"
    def method(self):
        return "Base.method"
class Child(Base):
    pass
c = Child()
for i in range(3):
    print(c.kind, c.method())
    if i == 0:
        Base.kind = "changed"
        Base.method = lambda self: "replaced"
    if i == 1:
        c.method = lambda: "instance"
        c.kind = "instance kind"
del c.method
del c.kind
print(c.kind, c.method())
class Desc:
    def __get__(self, obj, owner):
        return "from descriptor"
    def __set__(self, obj, value):
        print("set via descriptor", value)
class Plain:
    pass
p = Plain()
p.x = 1
for i in range(3):
    print(p.x)
    p.x = i + 10
    if i == 1:
        Plain.x = Desc()
del Plain.x
print(p.x)
def make(v):
    class C:
        def get(self):
            return v
        attr = v * 2
    return C
for i in range(5):
    obj = make(i)()
    print(obj.get(), obj.attr)
def uses_len(x):
    return len(x)
print(uses_len("abc"))
len = lambda x: "global len"
print(uses_len("abc"))
del len
print(uses_len("abc"))
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(3):
    print(bump())
g = {}
exec("def f():\n    return value\nvalue = 1", g)
print(g["f"]())
g["value"] = 2
print(g["f"]())
del g["value"]
try:
    g["f"]()
except NameError as e:
    print("NameError:", e)
class Slots:
    __slots__ = ("a", "b")
s = Slots()
s.a = 5
print(s.a)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
class WithGetattr:
    def __getattr__(self, name):
        return "missing " + name
w = WithGetattr()
w.real = 1
print(w.real, w.other)
class Counter:
    total = 0
    def add(self):
        self.total += 1
        return self.total
k = Counter()
print(k.add(), k.add(), Counter.total, k.__dict__)
