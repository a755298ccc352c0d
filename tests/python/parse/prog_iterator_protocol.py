# The iterator protocol by hand: classes with __iter__/__next__, a separate iterator
# object, iter() with a sentinel, StopIteration, and the sequence protocol fallback.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Squares:
    """Iterable through __getitem__ only (the old sequence protocol)."""

    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


c = Countdown(3)
print(list(c), list(c), sum(c), max(c))
it = iter(c)
print(next(it), next(it), next(it), next(it, "exhausted"))
print(list(Squares()), 9 in Squares(), 10 in Squares())
values = iter([5, 4, 0, 3])
print(list(iter(lambda: next(values), 0)))
pairs = zip(Countdown(3), "abc", strict=True)
print(list(pairs), list(enumerate(Countdown(2), start=10)))
a, b, c_ = Countdown(3)
print(a, b, c_)
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skipping", next(it))
    else:
        print("got", x)
