# Async producer and consumers sharing a queue, with an async context manager as a
# lock, async iteration over the queue, and a hand-written round-robin scheduler.
class Yield:
    def __await__(self):
        yield


class AsyncQueue:
    def __init__(self):
        self.items, self.closed = [], False

    async def put(self, item):
        self.items.append(item)
        await Yield()

    async def get(self):
        while not self.items:
            if self.closed:
                raise StopAsyncIteration
            await Yield()
        return self.items.pop(0)

    def __aiter__(self):
        return self

    async def __anext__(self):
        return await self.get()


class AsyncLock:
    def __init__(self):
        self.held_by = None

    async def __aenter__(self):
        while self.held_by is not None:
            await Yield()
        self.held_by = True
        return self

    async def __aexit__(self, *exc):
        self.held_by = None


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    queue.closed = True
    return "produced"


async def consumer(name, queue, lock, log):
    count = 0
    async for item in queue:
        async with lock:
            log.append(f"{name}:{item}")
            await Yield()
        count += 1
        for _ in range(count):
            await Yield()
    return count


def run_all(coros):
    tasks, results = dict(coros), {}
    while tasks:
        for name, coro in list(tasks.items()):
            try:
                coro.send(None)
            except StopIteration as stop:
                results[name] = stop.value
                del tasks[name]
    return results


queue, lock, log = AsyncQueue(), AsyncLock(), []
results = run_all([("p", producer(queue, 7)), ("c1", consumer("c1", queue, lock, log)),
                   ("c2", consumer("c2", queue, lock, log))])
print(results)
print(log)
