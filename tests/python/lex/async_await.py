# async def, await, async for and async with, driven by a tiny hand-written
# scheduler so that the program needs no event-loop library.
import types


@types.coroutine
def pause(label):
    received = yield label
    return received


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await pause(f"open {self.name}")
        return self

    async def __aexit__(self, *exc):
        await pause(f"close {self.name}")
        return False


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await pause(f"tick {self.current}")
        self.current -= 1
        return self.current + 1


async def worker():
    seen = []
    async with Resource("db") as res:
        async for n in Countdown(3):
            seen.append(n)
        value = await pause("query " + res.name)
    return seen, value


def run(coro):
    step = 0
    try:
        request = coro.send(None)
        while True:
            print("scheduler got:", request)
            step += 1
            request = coro.send(step)
    except StopIteration as done:
        return done.value


print(run(worker()))


async def agen():
    for i in range(3):
        await pause(i)
        yield i * i


async def consume():
    return [x async for x in agen()]


print(run(consume()))
