# Conway's Game of Life on a small torus: sets of live cells, neighbour counting with a
# dict, generations printed as text, and period detection for a blinker and a glider.
def step(live, width, height):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % width, (y + dy) % height)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(live, width, height):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(width))
                     for y in range(height))


def period(live, width, height, limit=50):
    seen = {frozenset(live): 0}
    for gen in range(1, limit):
        live = step(live, width, height)
        key = frozenset(live)
        if key in seen:
            return gen - seen[key]
        seen[key] = gen
    return None


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
board = glider
for generation in range(3):
    print(f"generation {generation}:")
    print(show(board, 6, 6))
    board = step(board, 6, 6)
print("blinker period:", period({(1, 2), (2, 2), (3, 2)}, 5, 5))
print("glider period on 6x6 torus:", period(glider, 6, 6))
print("block period:", period({(1, 1), (1, 2), (2, 1), (2, 2)}, 4, 4))
