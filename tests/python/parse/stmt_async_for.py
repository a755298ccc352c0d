# async for over a class with __aiter__/__anext__ and over an async generator, with
# else and break, driven by hand.
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


async def countdown(n):
    while n > 0:
        yield n
        n -= 1


async def main():
    seen = []
    async for value in Ticker(3):
        seen.append(value)
    else:
        seen.append("ticker done")
    async for n in countdown(5):
        if n == 2:
            break
        seen.append(n)
    else:
        seen.append("not reached")
    async for a, b in pairs():
        seen.append(a + b)
    return seen


async def pairs():
    for i in range(2):
        yield i, i * i


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended unexpectedly")


print(run(main()))
