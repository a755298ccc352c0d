# builtins: sum int (Glasspy conformance test)
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([], start=5), sum(iterable=[] if False else [1]) if False else "skip")
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([2**47, 2**47]), sum([True, True, False]), sum([2**100, -2**100]))
print(sum(x * x for x in range(10)), sum({1: "a", 2: "b"}), sum((1, 2), start=-3))
show("noargs", sum)
show("iterable kw", sum, iterable=[1])
show("three", sum, [1], 2, 3)
show("dup start", sum, [1], 2, start=3)
show("bad kw", sum, [1], x=1)
show("int", sum, 5)
show("str items", sum, ["a", "b"])
show("none item", sum, [1, None])
