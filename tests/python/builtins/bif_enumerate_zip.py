# builtins: enumerate zip (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=-1)))
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(2), range(3), range(4))))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError", e)
show("enumerate int", enumerate, 5)
show("zip int", zip, [1], 5)
show("enumerate start str", enumerate, [], "x")
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))
