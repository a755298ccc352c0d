# The sieve of Eratosthenes: cross out the multiples of each prime; what is
# left standing is prime.

def primes_up_to(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            # Multiples below p*p were already crossed out by smaller primes.
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [n for n, prime in enumerate(is_prime) if prime]


primes = primes_up_to(100)
print(primes)
print(len(primes), "primes below 100")

# Twin primes differ by two.
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print("twin primes:", twins)
