print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []))
print(sum([1.5, 2.5]), sum([1, 2.5, 3j]), sum((x * x for x in range(4)), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([True, True, False]), sum([2 ** 64, 2 ** 64]), sum([1e308, 1e308, -1e308]))
print(any([]), any([0, "", None]), any([0, 1]), all([]), all([1, "x"]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any("abc"), all([[]]))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 2, 3]), calls)
calls.clear()
print(all(check(v) for v in [1, 0, 3]), calls)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
