from collections import Counter
c = Counter(a=3, b=1)
c.update('abc')
print(c)
c.update({'a': 2, 'd': 5})
print(c)
c.subtract('aab')
print(c)
c.subtract({'d': 10})
print(c, +c, -c)
c.update(x=1)
print(c)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(e)
