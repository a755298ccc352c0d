# builtins: max min basic (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(max(1, 2, 3), min(1, 2, 3), max([5, 1, 9]), min("hello"), max((1.5, 2, -3)))
print(max([1, 2.0, 2]), min([2, 2.0, 3]), max("a", "b", "ab"), min([[1, 2], [1], [0, 5]]))
print(max([], default=None), min((), default="empty"), max([3], default=0))
print(max(range(10)), min(range(5, 10)), max({3: "a", 7: "b"}), max(x * x for x in range(-5, 3)))
show("empty max", max, [])
show("empty min", min, ())
show("noargs", max)
show("kw only", min, key=len)
show("int", max, 5)
show("mixed", max, [1, "a"])
show("mixed min", min, 1, "a")
show("default multiple", max, 1, 2, default=0)
show("bad kw", min, [1], foo=2)
