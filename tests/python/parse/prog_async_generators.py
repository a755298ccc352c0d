# Async generators: a producer/consumer pipeline of async generators driven by hand,
# with asend(), aclose() cleanup in finally, and async comprehensions.
class Tick:
    def __await__(self):
        yield "tick"


async def numbers(limit):
    try:
        for n in range(limit):
            await Tick()
            yield n
    finally:
        print("  numbers() cleaned up")


async def squares(source):
    async for n in source:
        yield n * n


async def running_total():
    total = 0
    while True:
        received = yield total
        total += received


async def main():
    collected = [s async for s in squares(numbers(5))]
    acc = running_total()
    totals = [await acc.asend(None)]
    for v in (5, 10, 20):
        totals.append(await acc.asend(v))
    await acc.aclose()
    gen = numbers(100)
    first_two = [await gen.__anext__(), await gen.__anext__()]
    await gen.aclose()
    return collected, totals, first_two


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as stop:
            return stop.value, ticks


print(run(main()))
