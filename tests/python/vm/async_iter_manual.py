class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class Ctx:
    async def __aenter__(self):
        print("aenter")
        return "ctx-value"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False

async def agen():
    for i in range(3):
        yield i * 10

async def main():
    async with Ctx() as v:
        print("inside", v)
    items = []
    async for t in Ticker(3):
        items.append(t)
    print(items)
    print([x async for x in agen()])
    return "main done"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
