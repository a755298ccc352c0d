# Graph searches on an adjacency dict: breadth-first shortest paths, depth-first
# traversal with an explicit stack, connected components and cycle detection.
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)


def bfs_path(start, goal):
    queue, parents = [start], {start: None}
    while queue:
        node, queue = queue[0], queue[1:]
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parents[node]
            return path[::-1]
        for nxt in graph[node]:
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return None


def dfs_order(start):
    seen, stack, order = set(), [start], []
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(sorted(graph[node], reverse=True))
    return order


def components():
    seen, result = set(), []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs_order(node)
            seen.update(comp)
            result.append(sorted(comp))
    return result


def has_cycle():
    seen = set()
    for start in sorted(graph):
        if start in seen:
            continue
        stack = [(start, None)]
        while stack:
            node, parent = stack.pop()
            if node in seen:
                return True
            seen.add(node)
            stack.extend((n, node) for n in graph[node] if n != parent)
    return False


print(bfs_path("a", "e"), bfs_path("a", "g"), bfs_path("e", "a"))
print(dfs_order("a"))
print(components(), has_cycle())
