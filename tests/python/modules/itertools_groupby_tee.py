# itertools.groupby and tee.
from itertools import groupby, tee
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby([1, 1, 2, 3, 3])])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
groups = list(groupby('aabb'))
print([(k, list(g)) for k, g in groups])
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee(iter('ab'), 3)
print(next(x), list(y), list(x), list(z))
print(tee('abc', 0))
try:
    tee([], -1)
except ValueError as e:
    print(e)
