t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], type(t[1:3]).__name__)
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"k": 1}))
print(t.count(1), t.index("two"), (1, 2, 1).count(1), (1, 2, 3).index(3, 1))
try:
    t.index("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
print((1, 2) + (3,), (1,) * 3, 2 * (0,), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), (1, [2])[1])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
mixed = ([1], [2])
mixed[0].append(9)
print(mixed, 1 in (1, 2), "a" in ("ab",), repr((1,)), str(("x", "y")))
print(max((3, 1, 2)), sorted((3, 1, 2)), tuple(sorted((3, 1, 2))), sum((1, 2, 3)))
