# builtins: all any (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

show("all empty", all, [])
show("any empty", any, [])
show("all true", all, [1, "a", [0]])
show("all false", all, [1, 0, 2])
show("any one", any, [0, "", None, 3])
show("any none", any, (0, 0.0, ""))
show("all str", all, "abc")
show("all gen", all, (x > 0 for x in range(1, 5)))
show("any gen", any, (x > 3 for x in range(5)))
show("int", all, 5)
show("none", any, None)
show("noargs", all)
show("kw", any, iterable=[1])
def gen():
    yield 1
    print("second item reached")
    yield 0
    print("third item reached")
    yield 1
print(all(gen()))
print(any(iter([0, 0, 1, 1])))
