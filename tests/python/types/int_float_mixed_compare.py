# Comparisons between ints and floats are exact, even beyond 2**53.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), big < 2.0 ** 53 + 2, float(big) == 2 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 == 1.0, 1 < 1.5, -1 > -1.5, 0 == -0.0, 3 != 3.0000000000000004)
nan = float("nan")
print(1 == nan, 1 < nan, 1 > nan, 1 != nan, 10 ** 400 == nan, 10 ** 400 != nan)
print(sorted([3, 2.5, 1, 2 ** 64, 1e19, -1e19, -(2 ** 64), 0.0, -0]))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), min(2.0, 2))
print(2 ** 1023 * 2 == 2.0 ** 1023 * 2, 2 ** 1024 > 1.7976931348623157e308)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(int(1e22) == 1e22, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(True == 1.0, False < 0.5, True > 0.9999999999999999)
print([x for x in (0.1, 1, 2, 2.0, 3.5) if 1 <= x <= 2])
