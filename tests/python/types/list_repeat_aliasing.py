# Repetition copies references: nested lists alias; in-place repeat and multiply by zero or negative.
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
good = [[0] * 3 for _ in range(2)]
good[0][0] = 1
print(good)
l = [1, 2]
alias = l
l *= 2
print(l, alias is l)
l *= 0
print(l, alias)
m = [1, 2]
m = m * 2
print(m, [1] * -3, [] * 100, 3 * ["x"], [None] * 2)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * "2"
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print([7] * Idx(), Idx() * [8], "ab" * Idx(), (1,) * Idx())
t = ([],) * 2
t[0].append("shared")
print(t)
lst = [1, 2, 3]
lst[1:2] = lst * 2
print(lst)
