# Floor division and modulo on multi-limb ints keep Python's sign rules.
A = 3 ** 100
B = 7 ** 40 + 13
for a, b in ((A, B), (-A, B), (A, -B), (-A, -B)):
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))
    print(a // b == q, a % b == r)
print(divmod(2 ** 200, 2 ** 100), divmod(-(2 ** 200), 2 ** 100 + 1))
print(divmod(10 ** 50, 3), divmod(-(10 ** 50), 3), divmod(10 ** 50, -3))
print((10 ** 40) % 97, (-(10 ** 40)) % 97, (10 ** 40) % -97)
print(divmod(5, 10 ** 30), divmod(-5, 10 ** 30), divmod(5, -(10 ** 30)))
print((2 ** 64 - 1) // (2 ** 32 + 1), (2 ** 128) // (2 ** 64 - 1))
try:
    divmod(10 ** 30, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (10 ** 30) % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (10 ** 30) // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 10 ** 25
x //= 7
print(x)
x %= 1000
print(x)
