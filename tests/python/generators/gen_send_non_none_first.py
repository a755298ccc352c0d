# Sending a value other than None to a generator that has not started is a TypeError.
def gen():
    x = yield 1
    yield x

g = gen()
try:
    g.send(42)
except TypeError as e:
    print(type(e).__name__, e)
# The failed send did not start it.
print(g.send(None))
print(g.send("now fine"))

async def coro():
    return 1

c = coro()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

async def agen():
    yield 1

a = agen()
try:
    a.asend(5).send(None)
except TypeError as e:
    print(type(e).__name__, e)
