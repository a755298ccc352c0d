# Integer loops: Collatz chain lengths (while loops, bit tests, shifts), a sieve of
# Eratosthenes over a list of flags, and Euclid's gcd over a grid. Checksum: the results.

def collatz_longest(limit):
    best_start = 1
    best_steps = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > best_steps:
            best_steps = steps
            best_start = start
    return best_start, best_steps


def sieve(limit):
    flags = [True] * limit
    flags[0] = flags[1] = False
    i = 2
    while i * i < limit:
        if flags[i]:
            for j in range(i * i, limit, i):
                flags[j] = False
        i += 1
    count = 0
    total = 0
    for i in range(limit):
        if flags[i]:
            count += 1
            total += i
    return count, total


def gcd_grid(size):
    total = 0
    for a in range(1, size):
        for b in range(1, size):
            x = a
            y = b
            while y:
                x, y = y, x % y
            total += x
    return total


COLLATZ = 160000  # quick: 16000
SIEVE = 1000000   # quick: 100000
GRID = 360        # quick: 100
print("collatz", *collatz_longest(COLLATZ))
print("sieve", *sieve(SIEVE))
print("gcd", gcd_grid(GRID))
