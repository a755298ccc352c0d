# functools.partial: bound arguments, keywords, nesting, repr.
from functools import partial
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
print(square(7), square(7, mod=5))
two_to = partial(power, 2)
print(two_to(10), two_to.func is power, two_to.args, two_to.keywords)
nested = partial(two_to, mod=1000)
print(nested(20), nested.args, nested.keywords, nested.func is power)
print(partial(max, 1, 2))
print(list(map(partial(int, base=2), ['101', '11'])))
try:
    partial(5)
except TypeError as e:
    print(e)
