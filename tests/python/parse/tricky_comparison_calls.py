# Comparison chains whose operands are calls, subscripts, attribute lookups and
# conditional expressions, showing that each operand is evaluated at most once.
trace = []


def v(label, value):
    trace.append(label)
    return value


class Box:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        trace.append(f"{self.value}<{other.value}")
        return self.value < other.value


print(v("a", 1) < v("b", 2) < v("c", 3), trace)
trace.clear()
print(v("a", 3) < v("b", 2) < v("c", 1), trace)
trace.clear()
print(Box(1) < Box(2) < Box(3), trace)
trace.clear()
data = {"low": 1, "high": 9}
print(data["low"] < v("mid", 5) < data["high"], trace)
print(v("x", 1) if 0 < 1 < 2 else v("y", 2), 0 < (1 if True else 5) < 2)
print([n for n in range(10) if 2 < n * n < 30])
