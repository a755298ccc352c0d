# `yield from` passes values through and evaluates to the subgenerator's return value.
def inner(n):
    for i in range(n):
        yield i
    return n * 10

def middle():
    a = yield from inner(2)
    print("inner returned", a)
    b = yield from inner(3)
    print("inner returned", b)
    return a + b

def outer():
    total = yield from middle()
    print("middle returned", total)
    yield "last"

print(list(outer()))

def returns_tuple():
    yield 1
    return (1, 2)

def takes_tuple():
    result = yield from returns_tuple()
    print("tuple result", result)

list(takes_tuple())

def no_yield():
    return "immediate"
    yield

def delegate():
    r = yield from no_yield()
    print("r =", r)
    r = yield from []
    print("from list:", r)

print(list(delegate()))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", [1, 2], range(3), (x * x for x in range(3)))))
