# Errors inside sort: a failing key leaves the list as it was; mutating during sort raises ValueError.
data = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise KeyError("key failed")
    return x
try:
    data.sort(key=bad_key)
except KeyError as e:
    print(type(e).__name__, e, data)
victim = [5, 4, 3, 2, 1]
def mutating_key(x):
    victim.append(x)
    return x
try:
    victim.sort(key=mutating_key)
except ValueError as e:
    print(type(e).__name__, e)
print(len(victim) >= 5)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 99 or other.v == 99:
            raise ArithmeticError("cannot compare 99")
        return self.v < other.v
    def __repr__(self):
        return f"Cmp({self.v})"
items = [Cmp(3), Cmp(99), Cmp(1)]
try:
    items.sort()
except ArithmeticError as e:
    print(type(e).__name__, e, sorted(c.v for c in items))
print(sorted([Cmp(2), Cmp(1), Cmp(3)]))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print([o.v for o in sorted([OnlyGt(2), OnlyGt(1)])])
