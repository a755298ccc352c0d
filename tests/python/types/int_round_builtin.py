# round() on ints: ndigits may be negative; ties go to the even multiple.
for n in (0, 5, 15, 25, 35, -5, -15, 1234, 1250, 1350, -1250, 99, 150, 250):
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2))
print(round(10 ** 30 + 5 * 10 ** 10, -11), round(-(10 ** 30) - 5 * 10 ** 10, -11))
print(round(123, -10), round(-123, -10), round(500, -3), round(1500, -3), round(2500, -3))
print(type(round(5, -1)).__name__, type(round(5)).__name__, type(round(5, None)).__name__)
print(round(True), round(True, -1), type(round(True)).__name__)
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(5, "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("5")
except TypeError as e:
    print(type(e).__name__, e)
