# yield from works with any iterable, each item passing through unchanged.
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, 5]], 6], (7, (8,)), []])))

def keys_then_values(d):
    yield from d
    yield from d.values()

print(list(keys_then_values({"a": 1, "b": 2})))

def from_range_and_str():
    yield from range(2, 8, 2)
    yield from "xy"
    yield from {3}
    yield from (n * 2 for n in range(3))

print(list(from_range_and_str()))

def not_iterable():
    yield from 5

try:
    list(not_iterable())
except TypeError as e:
    print(type(e).__name__, e)

def gen_of_gen():
    g = (i for i in range(3))
    yield from g
    yield from g

print(list(gen_of_gen()))
