def running_max():
    current = None
    while True:
        value = yield current
        if current is None or value > current:
            current = value

rm = running_max()
print(rm.send(None))
print([rm.send(v) for v in (3, 1, 4, 1, 5, 9, 2, 6)])

def router():
    evens, odds = [], []
    try:
        while True:
            n = yield
            (evens if n % 2 == 0 else odds).append(n)
    except GeneratorExit:
        print("router closing:", evens, odds)

r = router()
next(r)
for n in range(7):
    r.send(n)
r.close()

def double_yield():
    x = yield (yield 1) * 2
    yield x
d = double_yield()
print(next(d), d.send(5), d.send("last"))
