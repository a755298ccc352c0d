class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name!r})"

d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
d[Key("beta")] = 3
print(d, len(d), d[Key("alpha")], Key("BETA") in d)

class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"C{self.v}"
cd = {Collide(i): i for i in range(5)}
print(cd, cd[Collide(3)])
del cd[Collide(2)]
print(cd, Collide(2) in cd)
print({1: "int", 1.0: "float"}, {0: "zero", -0.0: "negzero"}, {2 ** 61 - 1: "a", 0: "b"})
nan = float("nan")
n = {nan: 1}
print(n[nan], float("nan") in n)
