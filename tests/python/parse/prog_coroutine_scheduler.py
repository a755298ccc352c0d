# A round-robin scheduler of generator-based tasks that communicate through message
# queues, with send(), throw() for cancellation and close().
class Cancelled(Exception):
    pass


def producer(name, outbox, count):
    for i in range(count):
        outbox.append(f"{name}:{i}")
        yield f"{name} produced {i}"
    return f"{name} done"


def consumer(inbox):
    handled = 0
    try:
        while True:
            if inbox:
                item = inbox.pop(0)
                handled += 1
                yield f"consumed {item}"
            else:
                yield "consumer idle"
    except Cancelled:
        yield f"consumer cancelled after {handled}"
        return handled


def schedule(tasks, max_rounds):
    finished = {}
    for round_no in range(max_rounds):
        for name in list(tasks):
            try:
                print(f"[{round_no}] {next(tasks[name])}")
            except StopIteration as stop:
                finished[name] = stop.value
                del tasks[name]
        if list(tasks) == ["consumer"]:
            gen = tasks.pop("consumer")
            print(f"[{round_no}] {gen.throw(Cancelled)}")
            try:
                next(gen)
            except StopIteration as stop:
                finished["consumer"] = stop.value
    return finished


queue = []
tasks = {"p1": producer("p1", queue, 2), "p2": producer("p2", queue, 3), "consumer": consumer(queue)}
print(schedule(tasks, 10))
g = consumer([])
print(next(g))
g.close()
print("closed generator frame:", g.gi_frame)
