# Pascal's triangle built row by row with zip, centred printing, binomial identities,
# and Sierpinski's pattern from the parities.
def rows(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0, *row], [*row, 0])]


triangle = list(rows(8))
width = len(" ".join(map(str, triangle[-1])))
for row in triangle:
    print(" ".join(map(str, row)).center(width).rstrip())
print(all(sum(r) == 2 ** i for i, r in enumerate(rows(20))))
print([r[2] for r in list(rows(10))[2:]])
for row in rows(16):
    print("".join("*" if v % 2 else " " for v in row).rstrip())
