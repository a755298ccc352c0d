# The async generator's awaitables driven by hand: __anext__, asend, athrow, aclose.
def result_of(awaitable):
    try:
        while True:
            awaitable.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        received = yield "first"
        print("received", received)
        while True:
            try:
                received = yield "got " + str(received)
            except ValueError as e:
                print("agen handled", repr(e))
                received = yield "after error"
    finally:
        print("agen finally")

a = agen()
print(type(a.__anext__()).__name__, type(a.athrow(ValueError)).__name__)
print(result_of(a.__anext__()))
print(result_of(a.asend("hello")))
print(result_of(a.asend(42)))
print(result_of(a.athrow(ValueError("bad"))))
print(result_of(a.__anext__()))
print(result_of(a.aclose()))
try:
    result_of(a.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
print(result_of(a.aclose()))

async def short():
    yield 1

s = short()
print(result_of(s.__anext__()))
try:
    result_of(s.__anext__())
except StopAsyncIteration:
    print("exhausted")
aw = s.__anext__()
try:
    result_of(aw)
except StopAsyncIteration:
    print("exhausted again")
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

t = short()
try:
    result_of(t.athrow(KeyError("into fresh")))
except KeyError as e:
    print("athrow on fresh generator raised", repr(e))
print(t.ag_running, t.ag_await, t.__name__, t.__qualname__)
