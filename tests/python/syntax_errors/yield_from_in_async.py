# yield from is not allowed in an async function.
async def f():
    yield from range(3)
