# builtins: iter sentinel (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)))
it = iter(counter, 8)
print(type(it).__name__, next(it), next(it), list(it), list(it))
show("not callable", iter, 1, 2)
show("str not callable", iter, "abc", "c")
data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")))
def raises():
    raise StopIteration
print(list(iter(raises, 1)))
