# ** is right-associative and binds tighter than unary minus on its left, looser than
# it on its right; pow with three arguments; float and negative exponents.
print(2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** (3 ** 2))
print(-2 ** 2, (-2) ** 2, 2 ** -2, -2 ** -2)
print(2 ** 2 ** 2 ** 2, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2)
print(10 ** -3, 0 ** 0, 1 ** 1000, (-1) ** 1001, 2.0 ** 10)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.5, 2))
x = 3
x **= 2
x **= 0.5
print(x, 2 * 3 ** 2, (2 * 3) ** 2, 2 ** 3 * 2)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, 10 ** 20 == 100000000000000000000)
