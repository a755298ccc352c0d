# Coroutines driven by hand with send(None), awaiting a custom awaitable.
class Suspend:
    """Yields control to the driver once; the driver's send() value is the result."""
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield self.label
        return reply

async def task():
    a = await Suspend("first")
    print("task got", a)
    b = await Suspend("second")
    print("task got", b)
    return a + b

t = task()
print(t.send(None))
print(t.send(10))
try:
    t.send(32)
except StopIteration as e:
    print("task returned", e.value)

def run(coro):
    value = None
    steps = 0
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        value = request.upper() if isinstance(request, str) else request

async def greet(name):
    reply = await Suspend("hello " + name)
    return reply + "!"

print(run(greet("world")))

async def no_awaits():
    return "plain"

print(run(no_awaits()))
