# itertools.islice with every argument form, and its errors.
from itertools import islice, count
s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice(s, None)), list(islice(s, 10)), list(islice(s, 5, 2)), list(islice(count(), 1, 10, 3)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
for args in [(-1,), (1, -1), (0, 5, 0), ('a',), (1, 2, 3, 4)]:
    try:
        islice(s, *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
