# What `await` accepts, and coroutine reuse errors.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def await_int():
    await 5

try:
    run(await_int())
except TypeError as e:
    print(type(e).__name__, e)

class NonIterator:
    def __await__(self):
        return 42

async def await_non_iterator():
    await NonIterator()

try:
    run(await_non_iterator())
except TypeError as e:
    print(type(e).__name__, e)

async def simple():
    return "simple"

class ReturnsCoroutine:
    def __await__(self):
        self.made = simple()
        return self.made

holder = ReturnsCoroutine()

async def await_coroutine_from_await():
    await holder

try:
    run(await_coroutine_from_await())
except TypeError as e:
    print(type(e).__name__, e)
holder.made.close()

done = simple()
print(run(done))
try:
    run(done)
except RuntimeError as e:
    print(type(e).__name__, e)

class Pause:
    def __await__(self):
        yield

async def waits():
    await Pause()

shared = waits()
shared.send(None)

async def second_awaiter():
    await shared

try:
    run(second_awaiter())
except RuntimeError as e:
    print(type(e).__name__, e)
shared.close()

async def raises_stop():
    raise StopIteration("in coroutine")

try:
    run(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e)

def plain_gen():
    yield

async def await_generator():
    await plain_gen()

try:
    run(await_generator())
except TypeError as e:
    print(type(e).__name__, e)
