# Recursive calls: naive Fibonacci (two calls per level) and Takeuchi's three-argument
# function (calls nested in calls). Checksum: the results.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


N = 34            # quick: 24
TAK = (26, 18, 9)  # quick: (18, 12, 6)
print("fib", N, fib(N))
print("tak", TAK, tak(*TAK))
