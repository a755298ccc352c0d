e = StopIteration()
print(e.value, e.args)
e = StopIteration(7)
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
def gen():
    yield 1
    return "ret"
g = gen()
next(g)
try:
    next(g)
except StopIteration as s:
    print(s.value, s.args)
e = StopAsyncIteration("async")
print(e.args, issubclass(StopAsyncIteration, Exception))
e.value = "changed"
print(e.value if hasattr(e, "value") else "no value attribute")
s = StopIteration("x")
s.value = "set"
print(s.value, s.args)
