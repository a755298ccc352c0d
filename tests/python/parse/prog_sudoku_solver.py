# A 4x4 and a 9x9 Sudoku solved by backtracking with candidate sets, printed as grids.
def solve(grid, n):
    box = int(n ** 0.5)
    cells = [(r, c) for r in range(n) for c in range(n) if grid[r][c] == 0]

    def candidates(r, c):
        used = set(grid[r]) | {grid[i][c] for i in range(n)}
        br, bc = r - r % box, c - c % box
        used |= {grid[i][j] for i in range(br, br + box) for j in range(bc, bc + box)}
        return [v for v in range(1, n + 1) if v not in used]

    def backtrack(k):
        if k == len(cells):
            return True
        r, c = cells[k]
        for v in candidates(r, c):
            grid[r][c] = v
            if backtrack(k + 1):
                return True
        grid[r][c] = 0
        return False

    return backtrack(0)


small = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print(solve(small, 4))
for row in small:
    print(*row)
puzzle = """
530070000
600195000
098000060
800060003
400803001
700020006
060000280
000419005
000080079
"""
grid = [[int(ch) for ch in line] for line in puzzle.split()]
print(solve(grid, 9))
for r, row in enumerate(grid):
    if r and r % 3 == 0:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[c:c + 3])) for c in (0, 3, 6)))
