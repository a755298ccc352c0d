# The type names of the built-in iterators, and what iter() of an iterator returns.
samples = [[1], (1,), "ab", "é", b"x", bytearray(b"x"), {1: 2}, {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(),
           {1}, frozenset({1}), range(3), range(10 ** 20), memoryview(b"m")]
for s in samples:
    it = iter(s)
    print(type(s).__name__, type(it).__name__, iter(it) is it)
for obj in (reversed([1]), reversed((1,)), reversed(range(2)), reversed({1: 2}), reversed({1: 2}.items()),
            reversed("ab"), enumerate([]), zip(), map(str, []), filter(None, []), iter(lambda: 1, 1), (x for x in [])):
    print(type(obj).__name__, iter(obj) is obj)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
it = iter(Seq())
print(type(it).__name__, list(it))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1})
except TypeError as e:
    print(type(e).__name__, e)
