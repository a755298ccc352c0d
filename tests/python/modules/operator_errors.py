# operator's argument errors.
import operator
from operator import itemgetter, attrgetter, methodcaller
tests = [
    lambda: operator.add(1),
    lambda: operator.neg(),
    lambda: operator.concat(1, 2),
    lambda: operator.indexOf([1, 2], 3),
    lambda: operator.add('a', 1),
    lambda: itemgetter(),
    lambda: itemgetter(1)([1, 2], [3]),
    lambda: itemgetter(5)([1]),
    lambda: attrgetter(1),
    lambda: attrgetter('nope')(5),
    lambda: methodcaller(),
    lambda: methodcaller(3),
    lambda: methodcaller('upper')(),
    lambda: operator.length_hint(5, 'x'),
    lambda: itemgetter(1)(x=1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
