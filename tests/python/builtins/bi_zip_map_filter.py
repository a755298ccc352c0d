print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[[1, 2], [3, 4]])))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in (([1, 2, 3], [1]), ([1], [1, 2])):
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "x", [], [0]])), list(filter(lambda x: x > 1, range(4))))
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
m = map(lambda x: 1 / x, [1, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
