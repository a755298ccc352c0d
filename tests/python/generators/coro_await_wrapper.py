# coro.__await__() returns an iterator over the coroutine (coroutine_wrapper).
class Step:
    def __await__(self):
        x = yield "step"
        return x

async def job():
    a = await Step()
    b = await Step()
    return (a, b)

c = job()
w = c.__await__()
print(type(w).__name__)
print(iter(w) is w)
print(next(w))
print(w.send("A"))
try:
    w.send("B")
except StopIteration as e:
    print("result", e.value)

c2 = job()
w2 = c2.__await__()
print(next(w2))
try:
    w2.throw(ValueError("via wrapper"))
except ValueError as e:
    print("raised", e)

c3 = job()
w3 = c3.__await__()
next(w3)
print(w3.close())

class Delegating:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()

async def outer():
    return await Delegating(job())

o = outer()
print(o.send(None), o.send(1))
try:
    o.send(2)
except StopIteration as e:
    print("outer result", e.value)
