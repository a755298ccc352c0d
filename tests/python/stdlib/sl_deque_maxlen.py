from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen)
print(deque([1, 2, 3, 4], maxlen=2), deque('abc', 0))
last = deque(maxlen=2)
for line in ['a', 'b', 'c', 'd']:
    last.append(line)
print(list(last))
try:
    deque([], -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque([], 'x')
except TypeError as e:
    print(type(e).__name__, e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as e:
    print(e)
