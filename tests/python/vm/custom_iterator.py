class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c))
for v in Countdown(2):
    print("v", v)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
a, b, c2 = Countdown(3)
print(a, b, c2)
print(3 in Countdown(5), 9 in Countdown(5))

it = iter(Countdown(2))
print(next(it), next(it), next(it, "exhausted"))
print([x * y for x in Countdown(2) for y in Countdown(2)])
print(dict(zip(Countdown(3), "abc")))

class Bad:
    def __iter__(self):
        return 5
try:
    iter(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 3.5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
