# Iterators written as classes: __iter__/__next__, StopIteration, bad iterators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], next(Countdown(1)))
it = Countdown(1)
print(next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
class ReturnsList:
    def __iter__(self):
        return [1, 2]
try:
    iter(ReturnsList())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in ReturnsList():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Countdown)
except TypeError as e:
    print(type(e).__name__, e)
class StopValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("value")
print(list(StopValue()))
class Raises:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("inside next")
try:
    list(Raises())
except ValueError as e:
    print(type(e).__name__, e)
class Hint:
    def __iter__(self):
        return iter([1, 2, 3])
    def __length_hint__(self):
        return 100
print(list(Hint()), tuple(Hint()))
d = dict(zip(Countdown(3), "abc"))
print(d, list(enumerate(Countdown(2))))
