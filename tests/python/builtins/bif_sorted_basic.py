# builtins: sorted basic (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(sorted([3, 1, 2]), sorted("cba"), sorted((2.5, -1, 0)), sorted({3: 1, 1: 2}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
print(sorted([(2, "a"), (1, "b"), (2, "0")]), sorted([[], [1], [0, 0]], key=len, reverse=True))
print(sorted([]), sorted(x % 4 for x in range(10)), sorted(set([5, 3, 9])))
print(sorted([1, 2, 3], reverse=0), sorted([1, 2, 3], reverse=5), sorted([3, 1], key=None))
show("noargs", sorted)
show("two pos", sorted, [], 1)
show("iterable kw", sorted, iterable=[1])
show("bad kw", sorted, [1], foo=1)
show("mixed", sorted, [1, "a"])
show("int", sorted, 5)
show("reverse str", sorted, [1], reverse="x")
show("reverse float", sorted, [1], reverse=1.0)
show("key not callable", sorted, [1, 2], key=3)
