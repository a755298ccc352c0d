# A singly linked list with __iter__, __len__, __getitem__, __contains__, reversal,
# insertion in order, and __repr__.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value, self.next = value, next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def insert_sorted(self, value):
        if self.head is None or value <= self.head.value:
            return self.push(value)
        node = self.head
        while node.next is not None and node.next.value < value:
            node = node.next
        node.next = Node(value, node.next)
        self._size += 1

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._size

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, value in enumerate(self):
            if i == index:
                return value
        raise IndexError("linked list index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"


ll = LinkedList([5, 1, 4])
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 7 in ll)
ll.reverse()
print(ll)
sorted_ll = LinkedList()
for v in (7, 3, 9, 1, 5, 3):
    sorted_ll.insert_sorted(v)
print(sorted_ll, list(sorted_ll)[::2])
try:
    sorted_ll[10]
except IndexError as err:
    print("IndexError:", err)
