# A tiny cooperative event loop: tasks are coroutines that await sleep() on a virtual
# clock; the loop keeps a sorted ready queue, gathers results and reports exceptions.
class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield self.delay


class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.results = {}
        self.counter = 0

    def spawn(self, name, coro, at=0):
        self.queue.append((at, self.counter, name, coro))
        self.counter += 1

    def run(self):
        while self.queue:
            self.queue.sort()
            self.now, _, name, coro = self.queue.pop(0)
            try:
                delay = coro.send(None)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"t={self.now:>3} {name} finished -> {stop.value!r}")
            except Exception as exc:
                self.results[name] = exc
                print(f"t={self.now:>3} {name} failed: {exc!r}")
            else:
                self.spawn(name, coro, self.now + delay)
        return self.results


async def worker(name, steps, delay):
    done = []
    for i in range(steps):
        await Sleep(delay)
        done.append(f"{name}{i}")
    return done


async def faulty():
    await Sleep(15)
    raise RuntimeError("faulty task gave up")


async def supervisor(loop):
    await Sleep(5)
    loop.spawn("late", worker("L", 1, 1), loop.now)
    await Sleep(100)
    return sorted(k for k in loop.results)


loop = Loop()
loop.spawn("fast", worker("f", 3, 10))
loop.spawn("slow", worker("s", 2, 25))
loop.spawn("bad", faulty())
loop.spawn("boss", supervisor(loop))
results = loop.run()
print(sorted(results), loop.now)
