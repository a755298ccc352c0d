# yield as a statement and an expression: bare yield, yield of a tuple and of a starred
# tuple, yield from a generator (getting its return value), and values sent in.
def simple():
    yield
    yield 1
    yield 1, 2
    yield *"ab", "c"


def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"


def inner():
    yield "i1"
    yield "i2"
    return "inner result"


def outer():
    result = yield from inner()
    yield f"inner returned {result!r}"
    yield from ["list", "items"]
    yield from range(2)


def accumulate():
    total = 0
    while True:
        value = (yield total)
        if value is None:
            break
        total += value
    return total


print(list(simple()))
print(list(outer()))

e = echo()
print(next(e), e.send("hello"), e.send(42))
try:
    e.send("stop")
except StopIteration as stop:
    print("StopIteration value:", stop.value)

acc = accumulate()
next(acc)
for n in (5, 10, 20):
    print("running total", acc.send(n))
try:
    acc.send(None)
except StopIteration as stop:
    print("final", stop.value)
