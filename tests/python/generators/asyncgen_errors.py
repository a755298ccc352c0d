# Error cases of async generators.
def result_of(awaitable):
    try:
        while True:
            awaitable.send(None)
    except StopIteration as e:
        return e.value

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inside")

a = raises_stop_async()
result_of(a.__anext__())
try:
    result_of(a.__anext__())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

async def raises_stop():
    yield 1
    raise StopIteration("sync stop")

b = raises_stop()
result_of(b.__anext__())
try:
    result_of(b.__anext__())
except RuntimeError as e:
    print(type(e).__name__, e)

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

c = stubborn()
result_of(c.__anext__())
try:
    result_of(c.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)

async def fine():
    yield 1

d = fine()
aw = d.asend(None)
print(result_of(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
closer = d.aclose()
print(result_of(closer))
try:
    closer.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

e = fine()
try:
    result_of(e.athrow())
except TypeError as err:
    print(type(err).__name__, err)
