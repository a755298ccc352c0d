# Coroutine attributes: names, cr_running, cr_suspended, cr_await, cr_code.
class Wait:
    def __await__(self):
        yield "w"

async def sample():
    print("inside, running:", c.cr_running)
    await Wait()
    return 1

c = sample()
print(c.__name__, c.__qualname__)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_origin)
print(c.cr_code is sample.__code__)
c.send(None)
print(c.cr_running, c.cr_suspended, type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    pass
print(c.cr_running, c.cr_suspended, c.cr_await)

class Service:
    async def fetch(self):
        pass

f = Service().fetch()
print(f.__qualname__)
f.__name__ = "renamed"
print(f.__name__)
try:
    f.__qualname__ = 3
except TypeError as e:
    print(type(e).__name__, e)
f.close()
