def spiral(n):
    grid = [[0] * n for _ in range(n)]
    x = y = 0
    dx, dy = 1, 0
    for value in range(1, n * n + 1):
        grid[y][x] = value
        nx, ny = x + dx, y + dy
        if not (0 <= nx < n and 0 <= ny < n) or grid[ny][nx]:
            dx, dy = -dy, dx
            nx, ny = x + dx, y + dy
        x, y = nx, ny
    return grid

for row in spiral(5):
    print(" ".join(f"{v:2}" for v in row))

def unspiral(grid):
    out = []
    while grid:
        out.extend(grid.pop(0))
        grid = [list(r) for r in zip(*grid)][::-1]
    return out
print(unspiral(spiral(4)))
print(unspiral(spiral(4)) == list(range(1, 17)))
