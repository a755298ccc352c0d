# global and nonlocal declarations in nested scopes.
calls = 0


def tracked():
    global calls
    calls += 1
    return calls


def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = 0

    return increment, reset


tracked(); tracked()
print("calls:", calls)
inc, reset = make_counter()
print(inc(), inc(5), inc())
reset()
print(inc())


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x


print(outer())
