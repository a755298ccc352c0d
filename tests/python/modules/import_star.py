# from M import * with and without __all__.
from modhelper_star import *
from modhelper_nostar import *
print(shown, also, public_one)
for name in ('hidden', '_private', '_underscored'):
    print(name, name in globals())
from math import *
print(floor(3.7), ceil(1.2))
