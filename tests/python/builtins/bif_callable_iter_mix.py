# builtins: callable iter mix (Glasspy conformance test)
def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
step = make_counter()
print(callable(step), list(iter(step, 4)), step())
print(list(map(callable, [1, len, str, "s", lambda: 0, type])))
print(sorted(filter(callable, [print, 2, abs]), key=lambda f: f.__name__))
