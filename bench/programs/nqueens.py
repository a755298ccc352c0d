# Generators and comprehensions: n-queens solved three ways — a recursive generator that
# yields partial placements (yield from), a filter over a generator of permutations with set
# comprehensions, and a comprehension-built board check. Checksum: solution counts and a
# hash of the solutions in the order they were found.

def place(n, row, cols):
    """Yields every full placement extending `cols` (one column per row so far)."""
    if row == n:
        yield cols
        return
    for c in range(n):
        if all(c != q and abs(c - q) != row - r for r, q in enumerate(cols)):
            yield from place(n, row + 1, cols + (c,))


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        head = items[i:i + 1]
        for rest in permutations(items[:i] + items[i + 1:]):
            yield head + rest


def queens_by_permutation(n):
    return [p for p in permutations(tuple(range(n)))
            if len({q + i for i, q in enumerate(p)}) == n
            and len({q - i for i, q in enumerate(p)}) == n]


def board_ok(cols):
    n = len(cols)
    attacks = [(r1, r2) for r1 in range(n) for r2 in range(r1 + 1, n)
               if cols[r1] == cols[r2] or abs(cols[r1] - cols[r2]) == r2 - r1]
    return not attacks


def solution_hash(solutions):
    h = 0
    for cols in solutions:
        for c in cols:
            h = (h * 10 + c + 1) % 1000000007
    return h


N = 10     # quick: 8
PERM = 9   # quick: 7
for n in range(4, N + 1):
    found = list(place(n, 0, ()))
    print("place", n, len(found), solution_hash(found), sum(1 for s in found if board_ok(s)))
by_perm = queens_by_permutation(PERM)
print("permutations", PERM, len(by_perm), solution_hash(by_perm))
