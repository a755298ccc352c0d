class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

items = [Tracked("first"), Tracked("second"), Tracked("third")]
print("deleting the list")
del items
print("list gone")

t = (Tracked("t1"), Tracked("t2"))
print("rebinding tuple")
t = None
print("tuple gone")

d = {"x": Tracked("dx"), "y": Tracked("dy")}
del d["x"]
print("deleted key x")
d.clear()
print("cleared dict")

nested = [[Tracked("inner")], Tracked("outer")]
nested[0] = None
print("replaced inner list")
del nested
print("done")
