# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__.
class Pause:
    def __await__(self):
        yield

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Pause()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        await Pause()
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def uses():
    async with Resource("a") as value:
        print("inside with", value)
    async with Resource("b", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed error")
    try:
        async with Resource("c"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    async with Resource("outer") as o, Resource("inner") as i:
        print("both", o, i)
    return "done"

print(run(uses()))

async def returns_inside():
    async with Resource("r"):
        return "returned from inside"

print(run(returns_inside()))
