# itertools.zip_longest, starmap, pairwise.
from itertools import zip_longest, starmap, pairwise
print(list(zip_longest('ABCD', 'xy')), list(zip_longest('AB', 'xyz', fillvalue='-')))
print(list(zip_longest()), list(zip_longest([1, 2])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5], [7, 2]])))
print(list(pairwise('ABCDE')), list(pairwise([1])), list(pairwise([])))
try:
    zip_longest('a', bad=1)
except TypeError as e:
    print(e)
