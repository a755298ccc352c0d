# builtins: max min compare (Glasspy conformance test)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
    def __repr__(self):
        return "V(%d)" % self.v
print(max(V(1), V(3), V(2)))
print(min(V(2), V(1), V(1)))
a, b = [1], [1]
print(max(a, b) is a, min(a, b) is a)
print(max(1, True), max(True, 1), min(0, False), min(False, 0))
print(max(float("nan"), 1), max(1, float("nan")))
