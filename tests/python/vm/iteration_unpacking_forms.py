pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
nums, words = zip(*pairs)
print(nums, words)
for i, (num, word) in enumerate(pairs):
    print(i, num, word[:2])
points = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in points:
    print(a + b + c)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
d = {"x": [1, 2], "y": [3, 4]}
for key, (lo, hi) in d.items():
    print(key, lo, hi)
matrix = [[1, 2], [3, 4]]
for [x, y] in matrix:
    print(x * y)
for (x), y in [(1, 2)]:
    print("parenthesised target", x, y)
obj = type("O", (), {})()
for obj.attr in range(2):
    pass
print("attribute target", obj.attr)
lst = [None, None]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print("subscript targets", lst)
