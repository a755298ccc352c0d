# Exact linear algebra on integer matrices with Fraction-free arithmetic: determinant
# by Laplace expansion and by Bareiss elimination, transpose, product and powers.
def det_laplace(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det_laplace([row[:j] + row[j + 1:] for row in m[1:]])
               for j in range(len(m)))


def det_bareiss(m):
    a = [row[:] for row in m]
    n, sign, prev = len(a), 1, 1
    for k in range(n - 1):
        if a[k][k] == 0:
            swap = next((i for i in range(k + 1, n) if a[i][k]), None)
            if swap is None:
                return 0
            a[k], a[swap] = a[swap], a[k]
            sign = -sign
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
        prev = a[k][k]
    return sign * a[-1][-1]


transpose = lambda m: [list(col) for col in zip(*m)]
product = lambda x, y: [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]


def power(m, e):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while e:
        if e & 1:
            result = product(result, m)
        m, e = product(m, m), e >> 1
    return result


mats = [[[2]], [[1, 2], [3, 4]], [[0, 1, 2], [1, 0, 3], [4, -3, 8]],
        [[2, -1, 0, 3], [1, 4, -2, 0], [0, 5, 1, -1], [3, 0, 2, 2]], [[1, 2], [2, 4]]]
for m in mats:
    print(len(m), det_laplace(m), det_bareiss(m), det_laplace(transpose(m)))
print(power([[1, 1], [1, 0]], 30)[0][1], product([[1, 2, 3]], [[4], [5], [6]]))
