# Awaiting coroutines from coroutines: values and exceptions flow through the chain.
class Tick:
    def __await__(self):
        yield "tick"

async def leaf(n):
    await Tick()
    return n * 2

async def branch(n):
    left = await leaf(n)
    right = await leaf(n + 1)
    return left + right

async def root():
    total = 0
    for n in range(3):
        total += await branch(n)
    return total

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

print(run(root()))

async def failing():
    await Tick()
    raise ValueError("leaf failed")

async def catching():
    try:
        await failing()
    except ValueError as e:
        return "caught " + str(e)

print(run(catching()))

async def propagating():
    await failing()

try:
    run(propagating())
except ValueError as e:
    print("propagated", e)
