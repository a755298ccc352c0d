# __del__ runs as soon as the last reference goes: rebinding, function return, del of container item.
class Tracer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

print("rebinding")
x = Tracer("first")
x = Tracer("second")
print("function scope")
def make():
    local = Tracer("local")
    print("  inside")
make()
print("returned value kept")
def give():
    return Tracer("given")
kept = give()
print("  still alive:", kept.name)
print("discarded return value")
give()
print("dict item replaced")
d = {"k": Tracer("dict-old")}
d["k"] = Tracer("dict-new")
print("dict item deleted")
del d["k"]
print("list pop")
l = [Tracer("popped")]
l.pop()
print("attribute overwrite")
class Box:
    pass
b = Box()
b.item = Tracer("attr-old")
b.item = None
print("end of program")
