# Generators: yield, yield from, send, generator expressions, return values.
def count_up(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def chain(*iterables):
    for it in iterables:
        yield from it


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total / count


def delegate():
    result = yield from averager()
    yield f"averaged {result} values"


print(list(count_up(5)), list(chain("ab", [1, 2], count_up(2))))
g = delegate()
next(g)
for v in (10, 20, 60):
    print(g.send(v))
print(g.send(None))
squares = (x * x for x in range(10) if x % 2)
print(next(squares), sum(squares))
fib = lambda: (yield 1)
print(list(fib()))
