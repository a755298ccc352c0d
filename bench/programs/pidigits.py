# Big-integer arithmetic: decimal digits of pi from a streaming spigot (Gibbons' algorithm
# over linear fractional transformations), whose integers grow to thousands of digits.
# Checksum: the digit count, the last 30 digits and the digit sum.

def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


DIGITS = 4800  # quick: 1200
digits = pi_digits(DIGITS)
print("pi", len(digits), "".join(str(d) for d in digits[:20]), "...",
      "".join(str(d) for d in digits[-30:]), sum(digits))
