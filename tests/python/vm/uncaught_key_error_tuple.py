# Ends in an uncaught KeyError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
#
grid = {(0, 0): "start", (1, 0): "east", (0, 1): "north"}

def neighbour(pos, dx, dy):
    x, y = pos
    return grid[(x + dx, y + dy)]

print(grid.get((5, 5), "outside"))
print((0, 0) in grid, (2, 2) in grid)
print(neighbour((0, 0), 1, 0))
print(neighbour((0, 0), 0, 1))
print(sorted(grid))
print(neighbour((1, 0), 0, 1))
