def gen():
    yield 1
    raise StopIteration("x")
list(gen())
