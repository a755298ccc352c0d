# operator.length_hint on built-in iterators as they advance, and __length_hint__ on user classes.
import operator
l = [1, 2, 3, 4]
it = iter(l)
print(operator.length_hint(it))
next(it)
print(operator.length_hint(it))
l.append(5)
print(operator.length_hint(it))
l.clear()
print(operator.length_hint(it), list(it), operator.length_hint(it))
r = iter(range(10, 0, -3))
print(operator.length_hint(r), next(r), operator.length_hint(r))
rv = reversed([1, 2, 3])
print(operator.length_hint(rv), next(rv), operator.length_hint(rv))
d = iter({"a": 1, "b": 2})
print(operator.length_hint(d))
class Hinted:
    def __length_hint__(self):
        return 7
class BadHint:
    def __length_hint__(self):
        return -1
class NoHint:
    pass
print(operator.length_hint(Hinted()), operator.length_hint(NoHint(), 3), operator.length_hint([1, 2]))
try:
    operator.length_hint(BadHint())
except ValueError as e:
    print(type(e).__name__, e)
print(operator.length_hint(iter(()), 5), operator.length_hint(map(str, [1]), 9), operator.length_hint(zip([1]), 9))
