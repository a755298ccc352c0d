for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -0.0 % 5)
print(10 ** 20 // 3, -(10 ** 20) // 3, (10 ** 20) % -7)
for a, b in ((1, 0), (1.0, 0), (1, 0.0)):
    for op in ("/", "//", "%"):
        try:
            eval(f"{a!r} {op} {b!r}")
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
print(round(2.5), round(3.5), round(-2.5), int(-2.7), int(2.7))
