# functools.reduce.
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a + b, ['a', 'b', 'c']))
print(reduce(operator.mul, [], 1), reduce(max, [3, 9, 2]), reduce(operator.add, [5]))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
