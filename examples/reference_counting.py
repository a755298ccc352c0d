# Reference counting: every object counts the references pointing to it and
# is freed the moment the count drops to zero. sys.getrefcount shows the
# count (plus one for its own argument).
import gc
import sys


class Resource:
    def __init__(self, name):
        self.name = name
        print(f"create {name}")

    def __del__(self):
        print(f"free {self.name}")


data = []
print("fresh list:", sys.getrefcount(data))    # `data` + the argument = 2
alias = data
print("after alias:", sys.getrefcount(data))   # 3
container = [data, data]
print("in a list twice:", sys.getrefcount(data))   # 5
del alias, container
print("after del:", sys.getrefcount(data))     # back to 2

r = Resource("A")
r = None                      # last reference gone: freed immediately
print("after rebinding r")


def scope():
    Resource("B")             # a temporary: freed at the end of the statement
    local = Resource("C")
    print("leaving scope")    # C is freed when the frame goes away


scope()

# A reference cycle keeps counts above zero: only the cycle collector frees it.
a, b = Resource("D"), Resource("E")
a.partner, b.partner = b, a
del a, b
print("cycle unreachable, not yet freed")
gc.collect()
print("after gc.collect()")
