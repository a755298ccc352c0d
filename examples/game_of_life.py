# Conway's Game of Life: each cell of a grid is alive or dead; at each step
# a live cell with 2 or 3 live neighbours survives, a dead cell with exactly
# 3 comes alive, and every other cell dies or stays dead.

def step(live):
    """One generation; `live` is a set of (row, col) cells."""
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    cell = (r + dr, c + dc)
                    counts[cell] = counts.get(cell, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(live, rows=6, cols=8):
    for r in range(rows):
        print("".join("#" if (r, c) in live else "." for c in range(cols)))


glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
cells = glider
for generation in range(5):
    print(f"generation {generation}:")
    show(cells)
    cells = step(cells)

# After 4 generations a glider is itself again, one cell down and right.
later = glider
for _ in range(4):
    later = step(later)
print("glider moved diagonally:", later == {(r + 1, c + 1) for (r, c) in glider})

blinker = {(1, 0), (1, 1), (1, 2)}
print("blinker has period 2:", step(step(blinker)) == blinker, step(blinker) != blinker)
