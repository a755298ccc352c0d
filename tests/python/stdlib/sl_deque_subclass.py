from collections import deque
class History(deque):
    def last(self):
        return self[-1]
h = History([1, 2], maxlen=3)
h.append(3)
h.append(4)
print(h, h.last(), type(h).__name__, isinstance(h, deque))
print(History('ab'), h.copy(), type(h.copy()).__name__)
print(deque.__name__, deque.__module__, deque[int])
d = deque([1])
d.append(d)
print(d)
