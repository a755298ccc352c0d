from collections import deque
# A breadth-first search over a small graph.
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
def bfs(start):
    seen = {start}
    queue = deque([start])
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
print(bfs('a'))
window = deque(maxlen=3)
averages = []
for value in [10, 20, 30, 40, 50]:
    window.append(value)
    averages.append(sum(window) / len(window))
print(averages)
