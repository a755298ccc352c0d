from fractions import Fraction as F
print(F(3, 4), F(6, -8), F(0), F('1.5'), F(' -3/7 '), F('2e-3'), F(0.75), F(F(1, 3)), repr(F(1, 3)))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, F(1, 2) * 3, F(1, 2) / F(1, 4), F(7, 2) // 2, F(7, 2) % 1, divmod(F(7, 2), 1))
print(F(1, 2) + 0.5, 1 - F(1, 3), 2 * F(1, 3), F(2, 3) ** 2, F(2, 3) ** -2, 2 ** F(2), F(4) ** F(1, 2))
print(F(1, 2) == 0.5, F(1, 2) < 1, F(1, 3) > 0.3, F(2, 4) == F(1, 2), hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5))
print(float(F(1, 3)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(7, 3), 2), abs(F(-1, 2)), -F(1, 2))
print(F(3.141592653589793).limit_denominator(100), F(3.141592653589793).limit_denominator(10), F(1, 3).as_integer_ratio())
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), F(2, 3)]), max(F(1, 2), 0.4))
print(F(5, 10).numerator, F(5, 10).denominator, F.from_float(0.1), bool(F(0)), str(F(4, 2)))
for bad in [lambda: F(1, 0), lambda: F('abc'), lambda: F('1/2/3'), lambda: F([1])]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
