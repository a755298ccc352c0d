# await in many expression positions: operands of binary operators, arguments, subscripts,
# conditions, f-strings, comprehensions, return and as the power base.
class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ("suspend", self.v)
        return self.v


async def compute():
    a = await Value(2)
    b = await Value(3) + await Value(4)
    c = await Value(2) ** 3
    d = -await Value(5)
    e = [await Value(i) for i in range(3)]
    f = {"k": await Value("v")}[await Value("k")]
    g = f"{await Value('inside an f-string')}"
    h = max(await Value(1), await Value(9))
    if await Value(True):
        i = "awaited condition"
    j = (await Value([1, 2]))[1]
    k = await Value(0) or await Value("fallback")
    return a, b, c, d, e, f, g, h, i, j, k


async def relay():
    return await compute()


def run(coro):
    suspended = []
    try:
        while True:
            suspended.append(coro.send(None)[1])
    except StopIteration as stop:
        return stop.value, suspended


result, suspended = run(relay())
print(result)
print(len(suspended), suspended[:6])
