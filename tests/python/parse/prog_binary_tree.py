# A binary search tree: recursive insert, in-order/pre-order generators with yield from,
# height, deletion, and a sideways printout.
class Tree:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None

    def insert(self, key):
        side = "left" if key < self.key else "right"
        child = getattr(self, side)
        if child is None:
            setattr(self, side, Tree(key))
        else:
            child.insert(key)
        return self

    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.key
        if self.right:
            yield from self.right.inorder()

    def preorder(self):
        yield self.key
        for child in (self.left, self.right):
            if child:
                yield from child.preorder()

    def height(self):
        return 1 + max(c.height() if c else 0 for c in (self.left, self.right))

    def show(self, depth=0):
        if self.right:
            self.right.show(depth + 1)
        print("    " * depth + str(self.key))
        if self.left:
            self.left.show(depth + 1)


def delete(node, key):
    if node is None:
        return None
    if key < node.key:
        node.left = delete(node.left, key)
    elif key > node.key:
        node.right = delete(node.right, key)
    else:
        if node.left is None:
            return node.right
        if node.right is None:
            return node.left
        successor = node.right
        while successor.left:
            successor = successor.left
        node.key = successor.key
        node.right = delete(node.right, successor.key)
    return node


root = Tree(50)
for k in (30, 70, 20, 40, 60, 80, 35, 65):
    root.insert(k)
print(list(root.inorder()))
print(list(root.preorder()), root.height())
root.show()
root = delete(root, 30)
root = delete(root, 50)
print(list(root.inorder()), root.key)
