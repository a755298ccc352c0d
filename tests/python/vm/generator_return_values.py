def g1():
    yield 1
    return 10

def g2():
    x = yield from g1()
    y = yield from g1()
    return x + y

def g3():
    total = yield from g2()
    yield f"total={total}"

print(list(g3()))

def no_yield_return():
    return "never a generator"
    yield

gen = no_yield_return()
try:
    next(gen)
except StopIteration as e:
    print("immediate StopIteration", e.value)

def tuple_return():
    yield
    return (1, 2)
t = tuple_return()
next(t)
try:
    next(t)
except StopIteration as e:
    print(e.value, e.args)

def stop_return():
    yield
    return StopIteration("wrapped")
s = stop_return()
next(s)
try:
    next(s)
except StopIteration as e:
    print(type(e.value).__name__, e.value)
