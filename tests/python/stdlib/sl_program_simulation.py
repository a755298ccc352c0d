import random, statistics, heapq
from collections import deque
rng = random.Random(11)
arrivals = [round(rng.expovariate(1 / 3), 3) for _ in range(8)]
print(arrivals)
events = []
t = 0.0
for i, gap in enumerate(arrivals):
    t += gap
    heapq.heappush(events, (round(t, 3), i))
queue = deque()
served = []
while events:
    when, who = heapq.heappop(events)
    queue.append(who)
    if len(queue) > 2:
        served.append(queue.popleft())
print(served, list(queue))
print(round(statistics.mean(arrivals), 6), round(statistics.stdev(arrivals), 6), statistics.median(arrivals))
