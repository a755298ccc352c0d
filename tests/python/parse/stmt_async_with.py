# async with, one or several (parenthesised) items, with __aenter__/__aexit__ coroutines
# that really suspend, driven by a tiny hand-written scheduler.
class Suspend:
    def __await__(self):
        yield "tick"


class Lock:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        await Suspend()
        self.log.append(f"acquire {self.name}")
        return self

    async def __aexit__(self, kind, exc, tb):
        await Suspend()
        self.log.append(f"release {self.name} ({kind.__name__ if kind else 'ok'})")
        return kind is ValueError


async def work(log):
    async with Lock("a", log):
        log.append("in a")
    async with Lock("b", log) as b, Lock("c", log) as c:
        log.append(f"in {b.name}+{c.name}")
    async with (
        Lock("d", log) as d,
        Lock("e", log),
    ):
        raise ValueError("swallowed by the __aexit__ of e")
    return "finished"


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as stop:
            return stop.value, ticks


log = []
print(run(work(log)))
print("\n".join(log))
