# Magic squares: the Siamese method for odd orders, a checker for rows, columns and
# diagonals, and rotations/reflections that preserve magic-ness.
def siamese(n):
    square = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        square[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if square[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return square


def is_magic(sq):
    n = len(sq)
    target = n * (n * n + 1) // 2
    lines = [*sq, *zip(*sq), [sq[i][i] for i in range(n)], [sq[i][n - 1 - i] for i in range(n)]]
    return all(sum(line) == target for line in lines), target


rotate = lambda sq: [list(row) for row in zip(*sq[::-1])]
mirror = lambda sq: [row[::-1] for row in sq]
for n in (3, 5):
    sq = siamese(n)
    for row in sq:
        print(" ".join(f"{v:2}" for v in row))
    print(is_magic(sq), is_magic(rotate(sq)), is_magic(mirror(rotate(rotate(sq)))))
print(is_magic([[1, 2], [3, 4]]))
