# Dijkstra's shortest paths with a hand-written binary heap (no heapq), path
# reconstruction, and unreachable nodes.
class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2

    def pop(self):
        a = self.items
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < len(a) and a[child] < a[smallest]:
                    smallest = child
            if smallest == i:
                return top
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest

    def __bool__(self):
        return bool(self.items)


ROADS = {
    "A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2}, "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}, "G": {},
}


def dijkstra(graph, source):
    dist, prev = {source: 0}, {}
    heap = MinHeap()
    heap.push((0, source))
    while heap:
        d, node = heap.pop()
        if d > dist[node]:
            continue
        for nxt, w in sorted(graph[node].items()):
            if d + w < dist.get(nxt, float("inf")):
                dist[nxt], prev[nxt] = d + w, node
                heap.push((d + w, nxt))
    return dist, prev


dist, prev = dijkstra(ROADS, "A")
for target in sorted(ROADS):
    if target not in dist:
        print(target, "unreachable")
        continue
    path, node = [target], target
    while node in prev:
        node = prev[node]
        path.append(node)
    print(target, dist[target], "->".join(reversed(path)))
h = MinHeap()
for v in (5, 3, 8, 1, 9, 2):
    h.push(v)
print([h.pop() for _ in range(6)])
