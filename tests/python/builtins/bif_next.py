# builtins: next (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
show("exhausted", next, it)
show("not iterator", next, [1])
show("int", next, 1)
show("noargs", next)
show("three", next, it, 1, 2)
def g():
    yield 1
    return "value"
gi = g()
print(next(gi))
try:
    next(gi)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(gi, "default"))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("custom")
print(next(It(), "d"))
try:
    next(It())
except StopIteration as e:
    print("StopIteration", e.args)
class Err:
    def __next__(self):
        raise KeyError("k")
show("other error with default", next, Err(), 1)
