# When a dict dies its values go in insertion order; an instance's attributes likewise.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
d = {"one": N("one"), "two": N("two"), "three": N("three")}
del d
print("--")
class Holder:
    pass
h = Holder()
h.a = N("a")
h.b = N("b")
h.c = N("c")
del h
print("end")
