print(1 < 2, 2 <= 2, 3 > 4, 5 >= 5, 6 == 6, 7 != 7)
print(10 ** 30 > 10 ** 29, -(10 ** 30) < -(10 ** 29), 2 ** 64 == 18446744073709551616)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 < float("nan"), 1 > float("nan"), 1 == float("nan"))
print(0 == -0, 0 == 0.0, 0 == -0.0, 1 == 1 + 0j, 1 == True)
print(sorted([3, -1, 2 ** 70, 0, -(2 ** 70), 5]))
print(max(1, 2.5, True), min(-1, -1.0), max([10 ** 20, 1e20]))
for other in ("1", None, [1], (1,)):
    try:
        1 < other
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == "1", 1 != None, (1).__lt__("x"))
print((5).__eq__(5), (5).__ne__(6), (5).__ge__(5.5), (5).__le__(5))
print(5 in [5.0], 5 in {5.0: "x"}, [1, 2] < [1, 2, 0], (2,) > (1, 99))
