import math
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(-12, 18), math.gcd(), math.lcm(2 ** 40, 3 ** 20), math.lcm())
print(math.isqrt(0), math.isqrt(1), math.isqrt(10 ** 40), math.isqrt(10 ** 40 - 1), math.isqrt(2 ** 127))
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.factorial(25), math.comb(100, 50), math.perm(10), math.perm(10, 0))
try:
    math.factorial(2.5)
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-(10 ** 30)), (10 ** 30).bit_length(), (-(10 ** 30)).bit_count())
n = 600851475143
print(n % 71, n // 71, divmod(n, 839))
print(int.__floordiv__(10, 3), int.__mod__(-10, 3), int.__pow__(3, 4, 5))
print(sum([10 ** 18] * 10), 10 ** 18 * 10 == 10 ** 19)
print(max(2 ** 63, 2 ** 63 - 1, -(2 ** 64)), min(range(-5, 5)))
print(2 ** 63 - 1, -(2 ** 63), 2 ** 63, 2 ** 64 - 1, 2 ** 31, -(2 ** 31) - 1)
print((2 ** 63) * 2, (2 ** 62) * 2, (-(2 ** 63)) * -1, (2 ** 32) * (2 ** 32))
print((2 ** 62) + (2 ** 62), -(2 ** 62) - (2 ** 62) - 1, 3037000500 * 3037000500)
