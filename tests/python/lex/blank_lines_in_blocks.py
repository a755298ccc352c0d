# Blank lines and comment-only lines inside blocks do not change indentation.
def primes_below(limit):

    found = []

    # candidate numbers start at 2
    for n in range(2, limit):

        # trial division by the primes found so far
        for p in found:
# a comment at column 0 inside a deep block
            if p * p > n:
                found.append(n)
                break

            if n % p == 0:
                        # an over-indented comment is fine too
                break
        else:

            found.append(n)

    return found



print(primes_below(50))
