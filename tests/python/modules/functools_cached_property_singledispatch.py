# functools.cached_property and singledispatch.
from functools import cached_property, singledispatch

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)

@singledispatch
def describe(x):
    return "object"

@describe.register(int)
def _(x):
    return "int %d" % x

@describe.register(list)
def _(x):
    return "list of %d" % len(x)

print(describe(5), describe([1, 2]), describe('s'), describe(True))
