# Ends in an uncaught AttributeError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
import math

def hypot(a, b):
    return math.sqrt(a * a + b * b)

print(hypot(3, 4))
print(math.floor(2.5), math.ceil(2.5))

def area(r):
    return math.pie * r * r

print("computing area")
print(area(2))
