# Infinite generators consumed a piece at a time.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

fib = fibonacci()
print([next(fib) for _ in range(15)])
print(next(fib))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1

p = primes()
print([next(p) for _ in range(12)])

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(list(collatz(27))[:10], len(list(collatz(27))))

def cycle(items):
    while True:
        yield from items

c = cycle("ab")
print("".join(next(c) for _ in range(7)))
big = fibonacci()
for _ in range(100):
    value = next(big)
print(value)
