# yield used as an expression: parenthesised as an argument, on the right of an
# assignment and an augmented assignment, in conditions, and in a lambda.
def gen():
    x = yield 1
    print("  got", x)
    y = (yield x) + 10
    print("  got", y)
    total = 0
    total += yield y
    print("  total", total)
    print("  argument", (yield "arg"))
    if (yield "cond"):
        print("  condition was true")
    z = yield
    return z


g = gen()
print(next(g))
print(g.send("a"))
print(g.send(5))
print(g.send(100))
print(g.send("printed"))
print(g.send(True))
try:
    g.send("return value")
except StopIteration as stop:
    print("returned", stop.value)

doubler = lambda: (yield from (x * 2 for x in range(3)))
print(list(doubler()))
pair_gen = lambda: (yield 1, 2)
print(list(pair_gen()))


def delegator():
    result = yield from gen_returning()
    yield ("delegate returned", result)


def gen_returning():
    yield "inner"
    return "done"


print(list(delegator()))
