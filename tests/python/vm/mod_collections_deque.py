from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d[0], d[-1], 7 in d, d.index(7), d.count(8))
d.remove(7)
print(d)
d.reverse()
print(list(d))

bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(list(bounded))
print(bounded.maxlen)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(deque("abc") == deque("abc"), deque([1]) + deque([2]))
d2 = deque(range(5))
d2.clear()
print(d2, bool(d2))
