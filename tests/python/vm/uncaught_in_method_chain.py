# Ends in an uncaught AttributeError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

    def nth(self, n):
        if n == 0:
            return self.value
        return self.next.nth(n - 1)

chain = Node(1, Node(2, Node(3)))
print(chain.nth(0), chain.nth(2))
print(chain.nth(3))
