# async for over a class with __aiter__/__anext__, driven by a tiny hand-written loop.
class Pause:
    def __await__(self):
        yield "pause"

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Pause()
        self.i += 1
        return self.i

def run(coro):
    pauses = 0
    while True:
        try:
            coro.send(None)
            pauses += 1
        except StopIteration as e:
            return e.value, pauses

async def collect():
    items = []
    async for i in Ticker(3):
        items.append(i * 10)
    else:
        items.append("else")
    return items

print(run(collect()))

async def with_break():
    async for i in Ticker(10):
        if i == 2:
            break
    return i

print(run(with_break()))

async def nested():
    pairs = []
    async for a in Ticker(2):
        async for b in Ticker(2):
            pairs.append((a, b))
    return pairs

print(run(nested()))

class Failing:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("anext failed")

async def failing_loop():
    try:
        async for x in Failing():
            pass
    except KeyError as e:
        return "caught " + repr(e)

print(run(failing_loop()))
