import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)

power_of_two = functools.partial(pow, 2)
print(power_of_two(10), power_of_two.func is pow, power_of_two.args)
base_conv = functools.partial(int, base=16)
print(base_conv("ff"), base_conv.keywords)

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts

print(Version(1, 2) <= Version(1, 3), Version(2) > Version(1, 9), Version(1) >= Version(1))

def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b))
print(sorted(["ccc", "a", "bb"], key=functools.cmp_to_key(compare)))

@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n
square(2); square(2); square(3); square(4); square(2)
print(square.cache_info())
square.cache_clear()
print(square.cache_info().currsize)
