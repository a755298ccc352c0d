# Recursive generators walk a tree (inorder, preorder, paths) with yield from.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)

def preorder(node, depth=0):
    if node is None:
        return
    yield depth, node.value
    yield from preorder(node.left, depth + 1)
    yield from preorder(node.right, depth + 1)

def paths(node, prefix=()):
    if node is None:
        return
    prefix = prefix + (node.value,)
    if node.left is None and node.right is None:
        yield prefix
    else:
        yield from paths(node.left, prefix)
        yield from paths(node.right, prefix)

tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7, None, Node(8))))
print(list(inorder(tree)))
for depth, value in preorder(tree):
    print("  " * depth + str(value))
print(list(paths(tree)))

def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest

print(list(permutations("abc")))
print(sum(1 for _ in permutations(list(range(5)))))

def deep(n):
    if n:
        yield from deep(n - 1)
    yield n

print(sum(deep(200)))
