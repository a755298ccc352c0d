# range with big bounds, negative steps, equality by contents, and its errors.
r = range(10, -10, -3)
print(list(r), len(r), r[0], r[-1], r[2:5], r[::-1], r[::2], 4 in r, 5 in r, r.index(-2), r.count(1))
big = range(0, 10 ** 20, 7)
print(len(big) if False else big.__len__.__name__, big[10 ** 18], big[-1], 10 ** 19 in big, (10 ** 19 + 3) in big)
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(0) == range(5, 2), range(0, 3) == range(0, 3, 1), range(1, 10, 3) == range(1, 11, 3), range(2) != range(3))
print(hash(range(0)) == hash(range(3, 3)), repr(range(5)), repr(range(1, 5, 2)), str(range(-3, 0)))
for f in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4), lambda: r[100],
          lambda: r.index(5), lambda: r["a"], lambda: range("3"), lambda: r.__setitem__(0, 1)):
    try:
        print(f())
    except (ValueError, TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print(r.start, r.stop, r.step, range(5).step, bool(range(0)), bool(range(1)))
print(list(reversed(range(1, 8, 3))), list(range(-5)), list(range(5, 0, -1)), 2.0 in range(3), "a" in range(3))
print(sorted(range(3), reverse=True), sum(range(101)), max(range(0, 50, 7)), range(3)[1:][0])
