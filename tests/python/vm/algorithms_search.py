def binary_search(seq, target):
    lo, hi = 0, len(seq) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid, steps
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

data = list(range(0, 200, 3))
for t in (0, 99, 100, 198, -1):
    print(t, binary_search(data, t))

def bfs(graph, start):
    seen = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph.get(node, []):
            if nxt not in seen:
                seen.append(nxt)
                queue.append(nxt)
    return seen

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"]}
print(bfs(graph, "a"))

def dfs(graph, node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in graph.get(node, []):
        if nxt not in seen:
            dfs(graph, nxt, seen)
    return seen
print(dfs(graph, "a"))
