import sys
import math
import math as m
from math import sqrt, pi as PI
from collections import OrderedDict, namedtuple, deque
import itertools, functools, operator

print(math.sqrt(16), m.floor(2.7), sqrt(2) ** 2 == 2.0000000000000004, round(PI, 5))
print(sys.modules["math"] is math, "math" in sys.modules)
print(type(math).__name__, math.__name__)
print(list(itertools.islice(itertools.count(5, 2), 4)))
print(functools.reduce(operator.mul, range(1, 6)))
Point = namedtuple("Point", "x y")
print(Point(1, 2), Point(1, 2).x)
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
print(dq)
print(list(OrderedDict(b=1, a=2)))

import collections.abc
print(issubclass(list, collections.abc.Sequence))

try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'no_such_name' from 'math'"))
print(__name__)

def local_import():
    import string
    return string.ascii_lowercase[:5]
print(local_import())
