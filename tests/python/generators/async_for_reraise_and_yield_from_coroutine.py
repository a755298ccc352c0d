# An exception escaping `async for` keeps one traceback entry per frame (END_ASYNC_FOR
# re-raises it as it is), and `yield from` a coroutine in a plain generator is a TypeError.
async def numbers():
    yield 1
    raise ValueError("boom")


async def consume():
    async for n in numbers():
        print("got", n)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


try:
    run(consume())
except ValueError as error:
    names = []
    tb = error.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", error, names)


async def five():
    return 5


pending = five()


def delegate():
    yield from pending


try:
    list(delegate())
except TypeError as error:
    print("TypeError:", error)
pending.close()  # never started: closing it means no "never awaited" warning

run(consume())
