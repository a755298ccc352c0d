import sys

if "math" in sys.modules or True:
    import math
print(math.floor(3.7))

def lazy():
    import operator as op
    return op.add(1, 2)
print(lazy(), "op" in globals())

try:
    from collections import abc as collections_abc
    print("abc" in dir(sys.modules["collections"]))
except ImportError:
    print("no abc")

m1 = sys.modules["math"]
print(m1 is math)
print(__import__("math") is math)
fl = __import__("math", fromlist=["floor"]).floor
print(fl(9.9))
pkg = __import__("collections.abc")
print(pkg.__name__)
from math import *
print(sqrt(81), "floor" in dir())
print(type(sys.modules["sys"]).__name__)
