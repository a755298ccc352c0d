# Changing a dict's size while iterating raises RuntimeError; changing values does not.
d = {i: i * i for i in range(5)}
for k in d:
    d[k] = -d[k]
print(d)
for make in (lambda: d.__setitem__(99, 0), lambda: d.pop(0), lambda: d.clear()):
    e2 = dict(d)
    try:
        for k in e2:
            if k == 1:
                (lambda: e2.__setitem__(99, 0) if make is None else None)()
                e2[100 + k] = 0
    except RuntimeError as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {"a": 1, "b": 2}
try:
    for k in d2.keys():
        del d2[k]
except RuntimeError as e:
    print(type(e).__name__, e, d2)
d3 = {"a": 1, "b": 2}
try:
    for k, v in d3.items():
        d3.pop("b")
except RuntimeError as e:
    print(type(e).__name__, e, d3)
d4 = {"a": 1}
it = iter(d4)
d4["b"] = 2
del d4["b"]
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
for k in list(d):
    del d[k]
print(d)
