import heapq
h = []
for value in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, value)
    print(h)
while h:
    print(heapq.heappop(h), h)
data = [9, 4, 7, 1, 3, 8, 2]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 6), data)
print(heapq.heappushpop(data, 0), data)
print(heapq.heappushpop(data, 10), data)
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print(e)
