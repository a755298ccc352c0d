# RecursionError from a __repr__ that calls itself: the repeated frames collapse.
class Node:
    def __init__(self):
        self.children = [self]
    def __repr__(self):
        return f"Node({self!r})"

print("before")
print(repr(Node()))
