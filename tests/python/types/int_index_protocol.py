# Objects with __index__ act as ints for bin/hex/oct, slicing, sequence repetition and range.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

i = Idx(5)
print(bin(i), oct(i), hex(i), int.__index__(7))
print([0, 1, 2, 3, 4, 5, 6, 7][Idx(2):Idx(6)], "abcdef"[Idx(1)], (1, 2, 3)[Idx(-1)])
print("ab" * Idx(3), [0] * Idx(2), range(Idx(3)), list(range(Idx(1), Idx(10), Idx(3))))
print(operator_index := __import__("operator").index(Idx(9)))
print(int(Idx(4)) if hasattr(int, "__index__") else None)
print(round(2.5, Idx(0)), (255).to_bytes(Idx(2), "big"), "abc".ljust(Idx(5)) + "|")

class Bad:
    def __index__(self):
        return "no"
for f in (bin, hex, oct):
    try:
        f(Bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1, 2][Bad()]
except TypeError as e:
    print(type(e).__name__, e)
class NotIndex:
    pass
for f in (bin, lambda o: [1][o], lambda o: "x" * o, lambda o: range(o)):
    try:
        f(NotIndex())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    one = 1.0
    [1, 2, 3][one]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
print(True.__index__(), [10, 20][True])
