# The iterator protocol: a for loop calls iter() on its iterable once, then
# next() on the iterator until it raises StopIteration. Any class with
# __iter__ and __next__ works in a for loop.

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self              # an iterator is its own iterable

    def __next__(self):
        if self.current <= 0:
            raise StopIteration   # tells the for loop to stop
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print(n, end=" ")
print("liftoff!")

# What the for loop does, written out by hand:
it = iter([10, 20, 30])
while True:
    try:
        value = next(it)
    except StopIteration:
        break
    print("got", value)

# Iterators are used up once consumed; iterables can make fresh ones.
numbers = [1, 2, 3]
it = iter(numbers)
print(list(it), list(it))          # the second list is empty
print(list(numbers), list(numbers))

# Built-ins that produce iterators lazily.
pairs = zip("abc", range(3))
print(type(pairs).__name__, next(pairs), list(pairs))
print(list(map(str.upper, ["x", "y"])), list(reversed(range(4))))
