# itertools.accumulate and chain.
from itertools import accumulate, chain
import operator
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul)), list(accumulate('abc')))
print(list(accumulate([1, 2], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(chain('ab', (1, 2), [None])), list(chain()), list(chain([], [])))
print(list(chain.from_iterable(['ab', 'cd'])), list(chain.from_iterable([[1], [], [2, 3]])))
it = chain([1], [2])
print(next(it), next(it), next(it, 'end'))
try:
    list(chain(1, 2))
except TypeError as e:
    print(e)
