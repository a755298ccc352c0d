# Assigning __code__: the function runs the new code; free variables must match.
def one():
    return 1


def two():
    return 2


one.__code__ = two.__code__
print(one(), one.__name__, one.__code__.co_name)


def make(x):
    def closure():
        return x
    return closure


c = make(5)
try:
    one.__code__ = c.__code__
except ValueError as e:
    print(type(e).__name__, e)
for bad in (None, 1):
    try:
        one.__code__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del one.__code__
except TypeError as e:
    print(type(e).__name__, e)
d = make(7)
d.__code__ = c.__code__
print(d())


def gen():
    yield 1


one.__code__ = gen.__code__
print(type(one()).__name__, list(one()))
