# Generators keep their locals between resumptions and see closures like functions.
def make_counter(step):
    count = 0
    def counter():
        nonlocal count
        while True:
            count += step
            yield count
    return counter

counter = make_counter(3)
a, b = counter(), counter()
print(next(a), next(b), next(a), next(b))

def generators_in_loop():
    gens = []
    for i in range(3):
        gens.append((i * j for j in range(3)))
    return [list(g) for g in gens]

print(generators_in_loop())

def late_binding():
    funcs = [lambda: i for i in range(3)]
    return (f() for f in funcs)

print(list(late_binding()))

def keeps_state():
    seen = set()
    word = yield
    while True:
        seen.add(word)
        word = yield sorted(seen)

k = keeps_state()
next(k)
print(k.send("b"), k.send("a"), k.send("b"))

def args_and_defaults(a, b=2, *rest, key="k", **extra):
    yield a, b, rest, key, extra

print(next(args_and_defaults(1)))
print(next(args_and_defaults(1, 3, 4, 5, key="x", flag=True)))

def cell_in_generator():
    value = "captured"
    def reader():
        return value
    yield reader()
    value = "changed"
    yield reader()

print(list(cell_in_generator()))
