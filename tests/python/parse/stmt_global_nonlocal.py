# global and nonlocal declarations, several names per statement, at several depths.
counter = 0
total, calls = 0, 0


def bump():
    global counter
    counter += 1
    return counter


def record(value):
    global total, calls
    total += value
    calls += 1


def make_accumulator():
    running = 0
    history = []

    def add(x):
        nonlocal running
        running += x
        history.append(running)
        return running

    def reset():
        nonlocal running, history
        running, history = 0, []

    def peek():
        return running, list(history)

    return add, reset, peek


def outer():
    level = "outer"

    def middle():
        def inner():
            nonlocal level
            level = "inner changed it"
        inner()
        return level

    return middle()


bump(); bump()
record(5); record(7)
print(counter, total, calls)
add, reset, peek = make_accumulator()
add(1); add(2); add(3)
print(peek())
reset()
print(add(10), peek())
print(outer())


def declare_then_assign():
    global created_later
    created_later = "made inside a function"


declare_then_assign()
print(created_later)
