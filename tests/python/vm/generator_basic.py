def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration", e.value)

print(list(count_up(4)))
print(sum(count_up(5)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

gen = fib()
print([next(gen) for _ in range(12)])

def gen_with_return():
    yield 1
    return "done"

g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", repr(e.value), e.args)
print(list(gen_with_return()))
