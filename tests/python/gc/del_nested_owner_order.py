# When an owner dies, its __del__ runs before the objects it owns are released.
class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del part", self.name)
class Owner:
    def __init__(self):
        self.parts = [Part("p1"), Part("p2")]
        self.single = Part("single")
    def __del__(self):
        print("del owner with", len(self.parts), "parts")
o = Owner()
print("dropping owner")
del o
print("dropped")
class Chain:
    def __init__(self, n, child=None):
        self.n = n
        self.child = child
    def __del__(self):
        print("del chain", self.n)
c = Chain(1, Chain(2, Chain(3)))
print("dropping chain")
c = None
print("end")
