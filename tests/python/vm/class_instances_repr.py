class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def length_sq(self):
        return self.x ** 2 + self.y ** 2

v = Vector(1, 2)
w = Vector(3, 4)
print(v, repr(v), [v, w], str(v + w))
print(f"{v} and {v!r}")
print(v == Vector(1, 2), v != w, v == "x")
print((v + w).length_sq())
print(Vector.__hash__ is None)
try:
    hash(v)
except TypeError as e:
    print(type(e).__name__, e)
print({"key": v})
vs = [Vector(i, -i) for i in range(3)]
print(vs)
print(sum((vv.x for vv in vs)), max(vs, key=Vector.length_sq))
