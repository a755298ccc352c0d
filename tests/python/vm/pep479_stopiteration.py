def gen():
    yield 1
    raise StopIteration("inside generator")

try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

def gen_next():
    it = iter([])
    yield next(it)

try:
    next(gen_next())
except RuntimeError as e:
    print(e)

def fine():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return "finished"
print(list(fine()))

def stop_in_comprehension():
    return [x for x in (1, 2)]
print(stop_in_comprehension())

def uses_return():
    yield "only"
    return
print(list(uses_return()))
