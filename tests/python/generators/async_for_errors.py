# The errors async for reports for objects that do not follow the protocol.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def loop_over(obj):
    async for x in obj:
        pass

class NoANext:
    def __aiter__(self):
        return self

class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

class AIterOnly:
    def __aiter__(self):
        return 1

for obj in [[1, 2], NoANext(), BadANext(), AIterOnly()]:
    try:
        run(loop_over(obj))
    except TypeError as e:
        print(type(e).__name__, e)
        if e.__cause__ is not None:
            print("  cause:", type(e.__cause__).__name__, e.__cause__)
