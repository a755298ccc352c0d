# int / int gives a correctly rounded float, even for huge operands.
print(1 / 3, 2 / 3, -7 / 2, 7 / -2, 10 / 5, type(10 / 5).__name__)
print(10 ** 30 / 10 ** 10, (10 ** 400) / (10 ** 399), -(10 ** 400) / 10 ** 399)
print((2 ** 53 + 1) / 1, (2 ** 54 + 3) / 2, 1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076)
print(123456789123456789123456789 / 1000000000, 7 / 2 ** 60)
for a, b in ((1, 0), (0, 0), (10 ** 400, 0), (-5, 0)):
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in ((10 ** 400, 1), (2 ** 1024, 1), (-(10 ** 309), 3)):
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
print(10 ** 400 / 10 ** 390, 2 ** 1024 / 2, 1 / 10 ** 400)
print(0 / 5, -0 / 5, 0 / -5, (-1) * 0 / 5)
x = 17
x /= 4
print(x, type(x).__name__)
print(True / 2, 3 / True, False / 1)
try:
    print(1 / False)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((3).__truediv__(4), (3).__rtruediv__(4), (3).__truediv__(1.5), (3).__truediv__("x"))
