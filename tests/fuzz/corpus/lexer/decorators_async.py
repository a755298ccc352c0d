@dec
@dec.attr(1)
async def f():
    await g()
    async with a as b:
        async for x in y:
            yield x
