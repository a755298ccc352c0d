from collections import deque
d = deque([3, 1, 4, 1, 5, 9, 2, 6])
print(d.count(1), d.index(4), d.index(1, 2), d.index(1, 2, 4))
d.insert(2, 'x')
d.insert(-1, 'y')
d.insert(100, 'z')
print(d)
d.remove('x')
del d[0]
d[0] = 'first'
print(d)
c = d.copy()
c.clear()
print(c, d == deque(d), d != c)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque('a'))
x = deque([1])
x += [2, 3]
x *= 2
print(x)
print(deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]), deque() == deque([]))
