# Async generators iterated with async for, driven by a hand-written loop.
class Pause:
    def __await__(self):
        yield "pause"

async def countdown(n):
    while n > 0:
        await Pause()
        yield n
        n -= 1

def run(coro):
    pauses = 0
    while True:
        try:
            coro.send(None)
            pauses += 1
        except StopIteration as e:
            return e.value, pauses

async def main():
    seen = []
    async for value in countdown(3):
        seen.append(value)
    return seen

print(run(main()))

async def squares(source):
    async for x in source:
        yield x * x

async def pipeline():
    return [v async for v in squares(countdown(4))]

print(run(pipeline()))

async def no_awaits():
    for c in "abc":
        yield c

async def collect_plain():
    out = []
    async for c in no_awaits():
        out.append(c)
    return "".join(out)

print(run(collect_plain()))

async def early_exit():
    async for v in countdown(5):
        if v == 4:
            break
    return v

print(run(early_exit()))
