r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2])
print(r.start, r.stop, r.step, r.index(8), r.count(8), r.count(9), 8 in r, 9 in r)
print(range(5) == range(0, 5), range(0) == range(5, 2), range(1, 10, 3) == range(1, 11, 3))
print(hash(range(3)) == hash(range(0, 3)), repr(range(0, 5, 1)), repr(range(3)), str(range(1, 2)))
print(list(range(10, 0, -2)), len(range(10, 0, -2)), range(10, 0, -2)[-1])
print(len(range(-10, 10, 7)), list(range(-10, 10, 7)))
big = range(0, 10 ** 30, 7)
print(big[10 ** 20], (10 ** 20 * 7) in big, big[-1])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range("1")
except TypeError as e:
    print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), list(reversed(range(3))), sum(range(101)))
print(1.0 in range(3), 1.5 in range(3), True in range(2))
