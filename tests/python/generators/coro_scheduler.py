# A round-robin scheduler for coroutines with a sleep awaitable (no asyncio).
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self

class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.now = 0
    def spawn(self, coro):
        self.ready.append(coro)
    def run(self):
        results = {}
        while self.ready or self.sleeping:
            if not self.ready:
                self.now = min(t for t, _, _ in self.sleeping)
                due = [c for t, _, c in self.sleeping if t <= self.now]
                self.sleeping = [s for s in self.sleeping if s[0] > self.now]
                self.ready.extend(due)
            coro = self.ready.pop(0)
            try:
                request = coro.send(None)
            except StopIteration as e:
                results[coro.__name__] = e.value
                continue
            self.sleeping.append((self.now + request.ticks, len(self.sleeping), coro))
        return results

log = []

async def worker(name, delays):
    for d in delays:
        log.append((name, "sleep", d))
        await Sleep(d)
    return name + " done"

async def orchestrator(sched):
    sched.spawn(worker("w1", [3, 1]))
    sched.spawn(worker("w2", [1, 1, 1]))
    await Sleep(5)
    return "orchestrated"

s = Scheduler()
s.spawn(orchestrator(s))
print(s.run())
for entry in log:
    print(entry)
print("final time", s.now)
