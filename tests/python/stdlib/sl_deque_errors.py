from collections import deque
d = deque()
for action in (d.pop, d.popleft):
    try:
        action()
    except IndexError as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
for bad in (lambda: d[5], lambda: d[-4], lambda: d['x'], lambda: d[0:1]):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    d.remove(9)
except ValueError as e:
    print(e)
try:
    d.index(7)
except ValueError as e:
    print(e)
try:
    hash(d)
except TypeError as e:
    print(e)
try:
    d + [1]
except TypeError as e:
    print(e)
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(e)
try:
    deque(1)
except TypeError as e:
    print(e)
