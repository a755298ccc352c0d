class Default(dict):
    def __missing__(self, key):
        return f"<no {key}>"

d = Default(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, d)

class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

c = Counting()
c["x"] += 1
c["x"] += 1
c["y"]
print(c)

class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

u = Upper()
u["abc"] = 1
print(u, u["aBc"], dict.__getitem__(u, "ABC"))
u2 = Upper(xyz=2)
print(u2, u2.get("xyz"), type(u2).__name__)
print(isinstance(d, dict), type(d | {"z": 0}).__name__)
