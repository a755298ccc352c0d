# A suspended generator that is released runs its finally block (GeneratorExit) immediately.
def producer(name):
    try:
        print(name, "start")
        yield 1
        yield 2
    finally:
        print(name, "finally")

g = producer("a")
print(next(g))
del g
print("after del")
g = producer("b")
print(list(g))
print("exhausted one has nothing to clean")
del g
def watcher():
    try:
        yield
    except GeneratorExit:
        print("got GeneratorExit")
        raise
w = watcher()
next(w)
w = None
print("not started:")
u = producer("unstarted")
del u
print("end")
