# An uncaught exception from nested coroutines: the traceback passes through each one.
class Pause:
    def __await__(self):
        yield

async def innermost():
    await Pause()
    return 1 / 0

async def middle():
    return await innermost()

async def top():
    value = await middle()
    return value

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

run(top())
