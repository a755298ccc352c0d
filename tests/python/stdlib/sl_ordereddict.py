from collections import OrderedDict
od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(), OrderedDict.fromkeys('xyz', 0), OrderedDict([(1, 2)]).copy())
try:
    OrderedDict().popitem()
except KeyError as e:
    print(repr(e))
try:
    od.move_to_end('missing')
except KeyError as e:
    print(repr(e))
print(od | {'z': 26}, type(od | {}).__name__)
print(list(reversed(OrderedDict(a=1, b=2, c=3))))
