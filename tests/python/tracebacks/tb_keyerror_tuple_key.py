# KeyError's message is the repr of the key, even for tuples and empty strings.
grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[(1, 0)])
print(grid.get((2, 2), "none"))
grid[(0, 1)]
