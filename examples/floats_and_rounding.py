# Floats: binary floating point cannot hold most decimal fractions exactly,
# so 0.1 is really the nearest double to 0.1. repr() prints the shortest
# text that reads back as the same double.

print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(repr(0.1), f"{0.1:.20f}")
print(abs((0.1 + 0.2) - 0.3) < 1e-9)

# round() rounds halves to even ("banker's rounding"), and 2.675 is really
# a little below 2.675 in binary.
print([round(x) for x in (0.5, 1.5, 2.5, 3.5)])
print(round(2.675, 2))

print(1e16 + 1 == 1e16, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(float("inf") > 1e308, float("nan") == float("nan"))
print((0.25).as_integer_ratio(), (0.1).as_integer_ratio())
print(7 / 2, 7 // 2, -7 / 2, -7 // 2)
print(f"{1 / 3:.5f} {2 / 3:e} {1234567.891:,.2f} {0.5:%}")

# Summing many small floats drifts; sum in a better order or use integers.
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10) == 1.0)
cents = sum([10] * 10)
print(cents / 100)
