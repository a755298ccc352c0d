# Values sent to the outer generator reach the innermost one through yield from.
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def outer():
    while True:
        result = yield from inner()
        print("inner finished with", result)
        if result > 100:
            return "big"

g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(None))
print(g.send(200))
try:
    g.send(None)
except StopIteration as e:
    print("outer returned", e.value)

def via_list():
    yield from [1, 2, 3]

v = via_list()
print(next(v))
try:
    v.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
print(next(v, "ended"))
