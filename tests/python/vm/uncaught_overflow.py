# Ends in an uncaught OverflowError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
import math

def grow(x, times):
    for _ in range(times):
        x = x * x
    return x

print(grow(2, 5))
print(grow(2.0, 5))
print(len(str(grow(3, 10))))
print(math.exp(10) > 22026)
print(grow(10.0, 10))
print(float(10 ** 400))
