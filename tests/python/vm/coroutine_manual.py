class Sleep:
    def __await__(self):
        value = yield "suspended"
        return value

async def compute(x):
    got = await Sleep()
    return x * got

async def main():
    a = await compute(2)
    b = await compute(3)
    return a + b

coro = main()
print(type(coro).__name__)
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(100)
except StopIteration as e:
    print("result", e.value)

async def simple():
    return "no awaits"
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

class Legacy:
    def __await__(self):
        yield "legacy yield"
        return "legacy done"

def legacy():
    return Legacy()

async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print(e.value)
