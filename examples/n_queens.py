# Eight queens: place n queens on an n x n board so that no two share a row,
# a column or a diagonal. Backtracking tries each column of the next row and
# undoes a choice as soon as it leads nowhere.

def solve(n):
    solutions = []
    queens = []                       # queens[row] = column
    cols, diag1, diag2 = set(), set(), set()

    def place(row):
        if row == n:
            solutions.append(queens[:])
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            queens.append(col)
            cols.add(col); diag1.add(row - col); diag2.add(row + col)
            place(row + 1)
            queens.pop()
            cols.remove(col); diag1.remove(row - col); diag2.remove(row + col)

    place(0)
    return solutions


def show(queens):
    for col in queens:
        print(" ".join("Q" if c == col else "." for c in range(len(queens))))


solutions = solve(8)
print(f"{len(solutions)} solutions for 8 queens; the first one:")
show(solutions[0])
print("solutions for n = 1..8:", [len(solve(n)) for n in range(1, 9)])
