# Async comprehensions and await inside comprehensions of a coroutine.
class Pause:
    def __await__(self):
        yield

async def numbers(n):
    for i in range(n):
        await Pause()
        yield i

async def double(x):
    await Pause()
    return x * 2

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    a = [x async for x in numbers(5)]
    b = {x % 3 async for x in numbers(6)}
    c = {x: x * x async for x in numbers(3) if x}
    d = [await double(x) for x in range(3)]
    e = [await double(x) async for x in numbers(4) if x % 2 == 0]
    g = (x + 1 async for x in numbers(3))
    f = [y async for y in g]
    return a, sorted(b), c, d, e, f

print(run(main()))
