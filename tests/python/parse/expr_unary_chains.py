# Chains of unary operators: -, +, ~ and not, repeated and mixed, with powers (which
# bind tighter than a unary operator on their left but not on their right).
x = 5
print(- - x, - - - x, + - + x, ~ ~ x, ~-x, -~x, --x, ++x, -+-+-x)
print(not not x, not not not x, not -x, not ~-1, -(not x))
print(-x ** 2, (-x) ** 2, 2 ** -x, 2 ** - - 2, -2 ** -2)
print(~x ** 2, +x ** -1, -1 ** 0.5 if False else "skip")
print(- 1, -(-(-(1))), -(+(-(+1))))
print(not x == 5, not x != 5, - x * - x, - x - - x)
y = True
print(-y, ~y, +y, not y, -(-y))
print(~0, ~-1, ~255, -0.0, +0.0, -(-0.0))
print(2**-1, 10**-2, - 2**0.5 < 0)
