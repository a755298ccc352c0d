from collections import deque

def simulate(arrivals, service_time):
    queue = deque()
    clock = 0
    busy_until = 0
    waits = []
    events = sorted(arrivals)
    for arrive in events:
        clock = arrive
        while queue and busy_until <= clock:
            start = max(busy_until, queue[0])
            waits.append(start - queue.popleft())
            busy_until = start + service_time
        queue.append(arrive)
    while queue:
        start = max(busy_until, queue[0])
        waits.append(start - queue.popleft())
        busy_until = start + service_time
    return waits, busy_until

waits, end = simulate([0, 1, 2, 10, 11, 30], 4)
print(waits, end)
print("average wait", sum(waits) / len(waits))
print(simulate([], 3))
print(simulate([5, 5, 5], 1))
