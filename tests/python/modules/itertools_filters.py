# itertools.compress, dropwhile, takewhile, filterfalse.
from itertools import compress, dropwhile, takewhile, filterfalse
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True] * 3)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'x', None])))
print(list(dropwhile(str.isspace, '  hi ')), ''.join(takewhile(str.isalpha, 'abc123')))
