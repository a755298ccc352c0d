# throw() and close() on coroutines, and cr_await while suspended.
class Wait:
    def __await__(self):
        yield "waiting"

async def worker():
    try:
        await Wait()
    except KeyError as e:
        print("worker handled", repr(e))
        await Wait()
        return "recovered"
    finally:
        print("worker finally")

w = worker()
print(w.send(None))
print(type(w.cr_await).__name__)
print(w.throw(KeyError("k")))
try:
    w.send(None)
except StopIteration as e:
    print("returned", e.value)

w = worker()
w.send(None)
w.close()
print("closed", w.cr_await)

async def inner():
    try:
        await Wait()
    finally:
        print("inner finally")

async def outer():
    try:
        await inner()
    finally:
        print("outer finally")

o = outer()
o.send(None)
print(o.cr_await.__qualname__)
o.close()
o2 = outer()
o2.send(None)
try:
    o2.throw(ValueError("into the chain"))
except ValueError as e:
    print("came back", e)
