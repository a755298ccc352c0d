# Assignment statements: chained, tuple and list unpacking, nested and starred targets,
# attribute and subscript targets.
class Box:
    pass

a = 1
b = c = d = a + 1
print(a, b, c, d)

x, y = 10, 20
x, y = y, x
print(x, y)

(p, q), [r, s] = (1, 2), [3, 4]
print(p, q, r, s)

first, *middle, last = range(6)
print(first, middle, last)

*head, tail = "abc"
print(head, tail)

[one, [two, *rest]] = [1, [2, 3, 4]]
print(one, two, rest)

box = Box()
box.value = box.other = 7
print(box.value, box.other)

table = [0] * 4
table[0], table[-1] = "left", "right"
table[1:3] = ["m1", "m2"]
print(table)

grid = {}
grid["a"] = grid["b"] = []
grid["a"].append(1)
print(grid, grid["a"] is grid["b"])

i = 0
items = [10, 20, 30]
i, items[i] = 2, 99
print(i, items)

(lone,) = [42]
[single] = "z"
print(lone, single)
