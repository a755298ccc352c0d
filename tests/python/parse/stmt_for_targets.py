# for loop targets: tuples, nested tuples, starred names, attributes and subscripts.
pairs = [(1, "one"), (2, "two")]
for number, name in pairs:
    print(number, name)

for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)

for first, *others in ["abc", "de", "f"]:
    print(first, others)

for [x, y] in [[7, 8]]:
    print(x * y)


class Cursor:
    pos = None


cur = Cursor()
for cur.pos in range(3):
    pass
print("attribute target", cur.pos)

slots = [None, None]
for slots[0], slots[1] in [("a", "b"), ("c", "d")]:
    print(slots)

memo = {}
for memo["last"] in "xyz":
    pass
print(memo)

for i, in [(1,), (2,)]:
    print("one-tuple target", i)

for _ in range(2):
    print("underscore", _)
