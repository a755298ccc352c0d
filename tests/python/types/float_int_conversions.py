for v in (0.0, 0.5, 1.5, -1.5, 2.5, 1e10, 1e20, -1e20, 123.999, 2.0 ** 70):
    print(repr(v), int(v), round(v), int(v) == v)
print(float(10 ** 308), float(-(10 ** 308)))
try:
    float(10 ** 309)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399), 2 ** 1100 / 2 ** 1099)
print(1 / (2 ** 1100), (2 ** 53 + 1) / 1, 10 ** 20 / 3)
print(int(1e308) == 10 ** 308, int(1e308) > 10 ** 307)
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(2.9), math.floor(1e20), type(math.floor(1.5)).__name__)
print(float(int(2 ** 60 + 1)), int(float(2 ** 60 + 1)) == 2 ** 60)
print(7 // 2.0, 7.0 // 2, int(7 / 2), 7 // -2.0, int(-7 / 2))
