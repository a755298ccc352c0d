# async def and await, driven by hand with coroutine.send(None) instead of an event loop.
class Pause:
    """An awaitable that suspends the coroutine once, yielding a message."""

    def __init__(self, message):
        self.message = message

    def __await__(self):
        reply = yield self.message
        return reply if reply is not None else f"resumed after {self.message}"


async def add(a, b):
    note = await Pause(f"adding {a}+{b}")
    return a + b, note


async def chain():
    first, note1 = await add(1, 2)
    second, note2 = await add(first, 10)
    return [first, second, note1, note2]


def drive(coro):
    """Runs a coroutine to completion, printing every value it yields."""
    try:
        while True:
            print("yielded:", coro.send(None))
    except StopIteration as stop:
        return stop.value


print(drive(chain()))

coro = add(5, 6)
print(type(coro).__name__, coro.send(None))
try:
    coro.send("custom reply")
except StopIteration as stop:
    print("result:", stop.value)


async def nothing_to_wait():
    return "immediately"


print(drive(nothing_to_wait()))
c = nothing_to_wait()
c.close()
print("closed", c.cr_frame)
