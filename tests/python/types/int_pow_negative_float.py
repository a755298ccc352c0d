# ** with negative exponents gives floats; zero to a negative power raises; 3-argument pow.
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 1 ** -100, (-1) ** -3, type(4 ** -1).__name__)
print(pow(2, -1074), pow(2, -1075), pow(-3, -2))
for a, b in ((0, -1), (0, -5)):
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(pow(3, -1, 7), pow(-3, -1, 7), pow(5, -2, 13), pow(2, 0, 1), pow(7, 1, -5), pow(-7, 3, 5))
for args in ((2, -1, 4), (3, 2, 0), (2, 3.0, 5), (2.0, 3, 5), (0, -1, 5)):
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print((-8) ** (1 / 3))
print(pow(2, 10 ** 2, 10 ** 9 + 7), pow(10 ** 40, 10 ** 10, 97), pow(2, 2 ** 70, 2 ** 61 - 1))
print(0 ** 0, 0.0 ** 0, pow(0, 0, 1), pow(0, 0, 7))
try:
    10 ** (10 ** 10) if False else print(len(str(7 ** 2000)))
except OverflowError as e:
    print(e)
try:
    2.0 ** 10 ** 10
except OverflowError as e:
    print(type(e).__name__, e)
