import sys

sentinel = object()
base = sys.getrefcount(sentinel)

def store_locally():
    a = sentinel
    b = sentinel
    return sys.getrefcount(sentinel) - base

print("two locals plus the argument slot:", store_locally())
print("after return:", sys.getrefcount(sentinel) - base)

def make_closure():
    captured = sentinel
    def inner():
        return captured
    return inner

f = make_closure()
print("captured by a closure cell:", sys.getrefcount(sentinel) - base)
del f
print("closure released:", sys.getrefcount(sentinel) - base)
g = (sentinel for _ in range(1))
print("generator not started holds nothing extra:", sys.getrefcount(sentinel) - base)
del g
