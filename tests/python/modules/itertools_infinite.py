# itertools.count, cycle, repeat.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 4)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
print(count(3), count(3, 2), count(1.5), count(0, 1.0))
c = count(5)
next(c); next(c)
print(c, next(c))
print(list(islice(cycle([1, 2, 3]), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(0, 0)), list(repeat(1, -2)), repeat(7, 2), repeat('a'))
r = repeat(None, 3)
next(r)
print(r, r.__length_hint__())
print(list(map(pow, range(4), repeat(2))))
print(list(zip('abc', count(1))))
