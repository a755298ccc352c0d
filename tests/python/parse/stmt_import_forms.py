# Every import form: plain, dotted, aliased, from-imports with parentheses and trailing
# commas, aliases, star import, and a relative import (which fails in a script).
import math
import os.path
import sys as system
import os.path as osp
from math import pi
from math import (floor,
                  ceil,)
from math import sqrt as root, gcd as greatest
from string import *

print(math.factorial(5), os.path.basename("/a/b.txt"), system.maxsize > 0)
print(osp.splitext("name.tar.gz"), round(pi, 5), floor(2.7), ceil(2.1))
print(root(49), greatest(12, 18))
print(ascii_lowercase[:5], digits)

try:
    from . import sibling
except ImportError as err:
    print(type(err).__name__, err)

try:
    from .. import parent_thing
except ImportError as err:
    print(type(err).__name__, err)


def local_import():
    import math as m
    from os import sep
    return m.e > 2, sep


print(local_import())
