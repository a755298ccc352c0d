print(max(1, 5, 3), min(1, 5, 3), max([2, 8]), min("hello"), max("a", "b"), max((1, 2), (1, 3)))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([-3, 2], key=abs))
print(max([1, 3, 3.0], key=lambda x: x), max([3.0, 3]), min([0, False]), max([0, False]))
for call in (lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, 2, default=0),
             lambda: max([1, "a"]), lambda: min(key=len), lambda: max(1, 2, bad=1)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max(range(10 ** 6)), min(x * x - 4 * x for x in range(10)))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), max("abc", key=None))
print(max("apple", "pear", key=len), min(3, 1.0, 2), max([[1, 2], [1, 3]]), min([(2, "a"), (1, "z")]))
print(max(iter([4, 9, 2])), min(frozenset({5, 3})), max(b"az"), min("zyx", default="?"))
nan = float("nan")
print(max([nan, 1]), max([1, nan]), min([nan, 2, 1]))
