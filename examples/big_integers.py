# Big integers: Python's int has no fixed size. Small values and huge ones
# are the same type; arithmetic grows the number of digits as needed.

print(2 ** 100)
print(2 ** 64 - 1, (2 ** 64 - 1).bit_length(), "bits")


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


f50 = factorial(50)
print("50! =", f50)
print("digits:", len(str(f50)), " trailing zeros:", len(str(f50)) - len(str(f50).rstrip("0")))

a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print("fib(200) =", a)

# Exact integer arithmetic, where floats would round.
big = 10 ** 30 + 1
print(big - 10 ** 30, float(big) - 1e30)
print(divmod(f50, 10 ** 20))
print(pow(3, 1000, 10 ** 9 + 7), "(modular power, computed without the huge number)")
print(hex(2 ** 70), int("ff" * 10, 16))
print(-7 // 2, -7 % 2, (-7).__floordiv__(2))
