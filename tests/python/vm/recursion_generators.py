def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in walk(tree):
    print(line)

def subsets(items):
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for s in subsets(rest):
        yield s
        yield [first] + s

print(sorted(subsets([1, 2, 3])))

def count_down(n):
    if n < 0:
        return
    yield n
    yield from count_down(n - 1)
print(list(count_down(5)))

def inorder(node):
    if node is None:
        return
    left, value, right = node
    yield from inorder(left)
    yield value
    yield from inorder(right)
bst = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(inorder(bst)))
