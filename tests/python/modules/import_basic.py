# Plain imports, aliases and from-imports of built-in modules.
import sys
import math
import math as m
from math import sqrt, pi as PI
import errno, keyword

print(math.sqrt(16), m.floor(2.5), sqrt(2.25), round(PI, 5))
print(m is math, sys.modules['math'] is math)
print(errno.ENOENT, keyword.iskeyword('for'))
print(type(math).__name__, math.__name__, sys.__name__)
