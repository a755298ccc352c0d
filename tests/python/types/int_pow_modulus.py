print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0), 0 ** 0)
print(pow(3, 200, 1000), pow(3, 200, -1000), pow(-3, 201, 1000))
print(pow(2, 10 ** 6, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(5, -2, 13))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3))
print((-1) ** 0.5)
print(10 ** -2, 2 ** -3, (-2) ** -2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(7, 0, 1), pow(7, 2, 1), pow(-7, 2, 5))
