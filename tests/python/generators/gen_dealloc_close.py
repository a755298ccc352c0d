# A suspended generator that is dropped is closed at once: its finally blocks run.
def guarded(name):
    try:
        print(name, "started")
        yield 1
        yield 2
    finally:
        print(name, "finally")

g = guarded("a")
next(g)
print("dropping a")
del g
print("after del")

for x in guarded("b"):
    print("got", x)
    break
print("after break")

def first(iterable):
    for item in iterable:
        return item

print(first(guarded("c")))
print("after first")

g = guarded("d")
next(g)
g = None
print("after rebinding")

# A generator that never started has nothing to clean up.
g = guarded("e")
del g
print("unstarted dropped")

def catches():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit on release")

g = catches()
next(g)
del g
print("end")
