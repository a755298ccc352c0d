# The errors async with reports for objects without the protocol.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class NoAexit:
    async def __aenter__(self):
        return self

class SyncEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *args):
        return False

class SyncExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *args):
        return "not awaitable"

class Plain:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        pass

async def use(manager):
    async with manager:
        pass

for manager in [Plain(), NoAexit(), SyncEnter(), SyncExit(), 5]:
    try:
        run(use(manager))
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
