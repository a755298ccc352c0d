# async for in an ordinary function.
def f(items):
    async for item in items:
        pass
