class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print([10, 20, 30][Idx(1)], "abc"[Idx(2)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), [0] * Idx(2), "ab" * Idx(2), (1, 2, 3)[Idx(0):Idx(2)])
print(int(Idx(7)), operator_index := __import__("operator").index(Idx(9)))
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    one = [1]
    one["0"]
except TypeError as e:
    print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), len(m))
class NoMissingInGet(dict):
    def __missing__(self, key):
        return "missing"
print(NoMissingInGet().get("x", "get ignores __missing__"))
