# The @ operator and @= on a small matrix class with __matmul__, __rmatmul__ and
# __imatmul__, and its precedence relative to * and +.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        if isinstance(other, Matrix):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols]
                           for row in self.rows])
        return NotImplemented

    def __rmatmul__(self, other):
        return Matrix([[other * v for v in row] for row in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[v * k for v in row] for row in self.rows])

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
identity = Matrix([[1, 0], [0, 1]])
print(a @ b)
print(a @ b @ a)
print(a @ identity + b)
print(a * 2 @ b)
print(3 @ a)
c = Matrix(a.rows)
c @= b
c @= b
print(c, a.rows == c.rows)
