# Asynchronous comprehensions: async for in list, set, dict and generator
# comprehensions, await inside comprehensions, mixed with plain for and if.
class Later:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield f"waiting for {self.value}"
        return self.value


async def agen(n):
    for i in range(n):
        await Later(i)
        yield i


async def main():
    squares = [x * x async for x in agen(5)]
    odd = {x async for x in agen(6) if x % 2}
    table = {x: await Later(x * 10) async for x in agen(3)}
    waited = [await Later(v) for v in "ab"]
    nested = [(x, y) async for x in agen(3) for y in range(x) if x != y]
    gen = (x + 100 async for x in agen(3))
    from_gen = [v async for v in gen]
    return squares, sorted(odd), table, waited, nested, from_gen


def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as stop:
            return stop.value, steps


result, steps = run(main())
for part in result:
    print(part)
print("suspensions:", steps)
