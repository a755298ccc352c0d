# The @ operator: matrix multiplication with a tiny matrix class, and @ as a
# decorator in the same file.
def trace_calls(func):
    def wrapper(*args):
        print("calling", func.__name__)
        return func(*args)
    return wrapper


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @trace_calls
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols]
                       for row in self.rows])

    def __rmatmul__(self, scalar):
        return Matrix([[scalar * x for x in row] for row in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __str__(self):
        return "\n".join(" ".join(f"{x:3}" for x in row) for row in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(a@b@b)
a @= a
print(a)
