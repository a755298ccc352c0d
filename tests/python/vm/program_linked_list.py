class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for item in reversed(list(items)):
            self.head = Node(item, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, value):
        link = self
        prev = None
        node = self.head
        while node and node.value != value:
            prev, node = node, node.next
        if node is None:
            raise ValueError(f"{value!r} not in list")
        if prev is None:
            self.head = node.next
        else:
            prev.next = node.next

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
print(ll)
ll.remove(4)
ll.remove(1)
print(ll, list(ll), 3 in ll)
try:
    ll.remove(99)
except ValueError as e:
    print(e)
