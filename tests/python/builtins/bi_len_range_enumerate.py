print(len("abc"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 4)), list(range(5, 0, -2)))
print(list(enumerate("ab")), list(enumerate("ab", 10)), list(enumerate([], 5)))
e = enumerate(["x", "y"], start=-1)
print(next(e), next(e), next(e, "done"))
try:
    enumerate(5)
except TypeError as err:
    print(type(err).__name__, err)
print(list(enumerate(range(3), start=2 ** 64)))
try:
    enumerate([], "1")
except TypeError as err:
    print(type(err).__name__, err)
