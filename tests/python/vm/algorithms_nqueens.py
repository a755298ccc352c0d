def solve(n):
    solutions = []
    cols = []

    def safe(col):
        row = len(cols)
        for r, c in enumerate(cols):
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place():
        if len(cols) == n:
            solutions.append(list(cols))
            return
        for col in range(n):
            if safe(col):
                cols.append(col)
                place()
                cols.pop()

    place()
    return solutions

for n in range(1, 8):
    print(n, len(solve(n)))

first = solve(6)[0]
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))
