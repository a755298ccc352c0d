pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f"{a:3} {b:3} // {a // b:3} % {a % b:3} divmod=({q}, {r}) check={q * b + r == a}")
big = 10 ** 30 + 7
for b in (3, -3, 10 ** 15, -(10 ** 15)):
    print(big // b, big % b, (-big) // b, (-big) % b)
try:
    5 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7 / 2, -7 / 2, 10 ** 30 / 10 ** 10, 1 / 3)
