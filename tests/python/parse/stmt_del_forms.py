# del of names, attributes, subscripts, slices, and tuple/list/parenthesised groups.
class Thing:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3


x, y, z = 1, 2, 3
del x
del (y)
del z,
print([name for name in ("x", "y", "z") if name in globals()])

t = Thing()
del t.a
del t.b, t.c
print(vars(t))

numbers = list(range(10))
del numbers[0]
del numbers[-1]
del numbers[1:3]
del numbers[::2]
print(numbers)

d = {"k1": 1, "k2": 2, "k3": 3, "k4": 4}
del d["k1"], d["k2"]
del [d["k3"]]
del (d["k4"],)
print(d)

grid = [[1, 2], [3, 4]]
del grid[0][1], grid[1]
print(grid)

a = b = c = 0
del (a, [b, c])
try:
    print(a)
except NameError as e:
    print("NameError:", e)
