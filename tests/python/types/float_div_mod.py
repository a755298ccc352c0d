for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.1), (0.0, 3), (-0.0, 3), (5, 1.5)):
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(-0.0 % 1, 0.0 % -1, (-1e-20) % 1.0, 1e-20 % -1.0)
for a, b in ((1.0, 0), (1, 0.0), (0.0, 0.0)):
    for fn in (lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
        try:
            fn()
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
print(2 ** 0.5 * 2 ** 0.5, 10 / 3 * 3, 3 * 0.1 / 0.3)
print(1e308 + 1e308, -1e308 - 1e308)
try:
    1e308 ** 2
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print((-8.0) ** (1 / 3), (-2.0) ** 2, (-2.0) ** 0.5)
