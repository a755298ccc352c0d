# Prime numbers three ways: a sieve of Eratosthenes with slice assignment, trial
# division with for/else, and an infinite incremental generator.
def sieve(limit):
    is_prime = [False, False] + [True] * (limit - 1)
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = [False] * len(range(n * n, limit + 1, n))
    return [n for n, prime in enumerate(is_prime) if prime]


def trial_division(limit):
    primes = []
    for n in range(2, limit + 1):
        for p in primes:
            if p * p > n:
                primes.append(n)
                break
            if n % p == 0:
                break
        else:
            primes.append(n)
    return primes


def primes_forever():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def factorize(n):
    factors, p = [], 2
    while p * p <= n:
        while n % p == 0:
            factors.append(p)
            n //= p
        p += 1
    return factors + [n] if n > 1 else factors


print(sieve(60))
print(sieve(100) == trial_division(100), len(sieve(10_000)))
gen = primes_forever()
print([next(gen) for _ in range(15)])
for n in (360, 97, 1001, 2 ** 16 + 1, 600851475143):
    print(n, "=", " * ".join(map(str, factorize(n))))
