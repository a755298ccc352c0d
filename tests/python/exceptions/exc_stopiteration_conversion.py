# StopIteration leaking out of a generator becomes RuntimeError; return values travel in .value.
def leaky():
    yield 1
    raise StopIteration("inside")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__))
def returns():
    yield 1
    return "done"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
print(StopIteration().value, StopIteration(1, 2).value, StopIteration(None).value)
def via_next():
    it = iter([])
    yield next(it)
try:
    list(via_next())
except RuntimeError as e:
    print(type(e).__name__, e)
def delegator():
    result = yield from returns()
    yield result
print(list(delegator()))
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
print(next(iter([]), "default"))
class Custom:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
print(list(Custom()))
e = StopIteration("v")
e.value = "changed"
print(e.value, e.args)
