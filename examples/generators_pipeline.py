# Generators: functions that pause at `yield` and resume when asked for the
# next value. Chained together they form a lazy pipeline: each item flows
# through all the stages before the next one is produced.

def numbers(limit):
    for n in range(1, limit + 1):
        print(f"  produce {n}")
        yield n


def squares(items):
    for n in items:
        yield n * n


def evens(items):
    for n in items:
        if n % 2 == 0:
            yield n


pipeline = evens(squares(numbers(6)))
print("nothing has run yet:", type(pipeline).__name__)
for value in pipeline:
    print("got", value)

# A generator keeps its local state between resumptions.
def fibonacci():
    a, b = 0, 1
    while True:          # infinite, but only computed on demand
        yield a
        a, b = b, a + b


fib = fibonacci()
print([next(fib) for _ in range(10)])

# Generator expressions are the compact form.
print(sum(x * x for x in range(1, 11)))
