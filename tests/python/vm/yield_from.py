def inner():
    x = yield "inner-1"
    print("inner received", x)
    y = yield "inner-2"
    print("inner received", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-last"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("done")

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))

def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node

print(list(tree([1, [2, [3, 4], 5], [[6]]])))

def delegate_throw():
    try:
        yield from inner()
    except ZeroDivisionError:
        yield "caught in outer"

d = delegate_throw()
next(d)
print(d.throw(ZeroDivisionError))
print(list(iter(lambda: 1, 1)), [v for v in (yield_val for yield_val in ())])
