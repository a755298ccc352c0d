# Decimal integer literals, with and without underscores, and big integers.
print(0, 7, 42, 1000000, 1_000_000, 1_0, 00, 0_0)
print(123456789012345678901234567890)
print(2 ** 100, 99_999_999_999_999_999_999 + 1)
factorial = 1
for k in range(1, 26):
    factorial *= k
print(factorial, len(str(factorial)))
print(-0, --5, -(-5), 10 - -10)
