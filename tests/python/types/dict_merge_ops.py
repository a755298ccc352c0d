a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("w", 0)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | 5
except TypeError as e:
    print(type(e).__name__, e)
print({**a, **b} == a | b)
from collections import OrderedDict, defaultdict
print(type(OrderedDict(a) | b).__name__, type(a | OrderedDict(b)).__name__)
dd = defaultdict(int, a)
print(type(dd | b).__name__, dict(dd | b))
e = {}
e |= {}
print(e, {} | {}, {1: 1} | {1: 2})
