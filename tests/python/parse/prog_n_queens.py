# The N-queens puzzle by backtracking with sets for attacked columns and diagonals;
# counts solutions for N = 1..8 and draws the first solution for N = 6.
def solve(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col); diag1.add(row - col); diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col); diag1.remove(row - col); diag2.remove(row + col)

    place(0)
    return solutions


print([len(solve(n)) for n in range(1, 9)])
first = solve(6)[0]
print(first)
for col in first:
    print(" ".join("Q" if c == col else "." for c in range(6)))
