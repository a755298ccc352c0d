# Dedenting several levels at once: the inner loop body ends and we fall
# straight back to module level.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
total = 0
for row in grid:
    for value in row:
        if value % 2:
            if value > 4:
                total += value * 10
            else:
                total += value
print("total:", total)


def find(grid, target):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == target:
                return r, c
    return None
print(find(grid, 8), find(grid, 42))

class Outer:
    class Inner:
        class Innermost:
            def hello(self):
                return "hello from " + type(self).__qualname__
print(Outer.Inner.Innermost().hello())
