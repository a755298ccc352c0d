# Fibonacci numbers with a generator, a memoised recursive function, fast doubling
# with tuple returns, and matrix exponentiation; all must agree.
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


memo = {0: 0, 1: 1}


def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


def fib_doubling(n):
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


def mat_mult(x, y):
    return [[sum(x[i][k] * y[k][j] for k in range(2)) for j in range(2)] for i in range(2)]


def fib_matrix(n):
    result, base = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mat_mult(result, base)
        base = mat_mult(base, base)
        n >>= 1
    return result[0][1]


gen = fib_gen()
first = [next(gen) for _ in range(20)]
print(first)
print(all(fib_memo(n) == fib_doubling(n)[0] == fib_matrix(n) == first[n] for n in range(20)))
print(fib_doubling(300)[0])
print(fib_matrix(90), fib_memo(90))
even_sum = sum(f for f in (fib_doubling(n)[0] for n in range(40)) if f % 2 == 0 and f < 4_000_000)
print(even_sum)
