# Operator overloading: `a + b` runs the BINARY_OP instruction, which calls
# type(a).__add__(a, b), and tries type(b).__radd__(b, a) if that returns
# NotImplemented. Special methods make your own types feel built in.

class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__            # 3 * v: int's __mul__ gives up, so ours runs

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)


a, b = Vector(1, 2), Vector(3, 4)
print(a + b, a * 2, 3 * a)
print(abs(b), a == Vector(1, 2), a != b)
print(bool(Vector(0, 0)), bool(a))

try:
    a + 1
except TypeError as e:
    print("TypeError:", e)

# Sorting uses __lt__; here a key function does the job instead.
vectors = [Vector(3, 4), Vector(1, 1), Vector(0, 2)]
print(sorted(vectors, key=abs))
