@d
async def f(a, /, b=1, *c, d, e=2, **f) -> int:
    async with x as (y, z): pass
    async for i in j: await k
    return [i async for i in y if i]
class C(B, metaclass=M): x: int = 1
