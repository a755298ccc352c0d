# Float arithmetic: the spectral norm of the infinite matrix a(i, j) = 1 / ((i+j)(i+j+1)/2
# + i + 1), truncated to N x N, by power iteration of A^T A. Checksum: the norm to 9 digits.
import math


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(v):
    n = len(v)
    return [sum([a(i, j) * v[j] for j in range(n)]) for i in range(n)]


def times_transposed(v):
    n = len(v)
    return [sum([a(j, i) * v[j] for j in range(n)]) for i in range(n)]


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


N = 380  # quick: 100
print("spectral norm", N, int(spectral_norm(N) * 1e9))
