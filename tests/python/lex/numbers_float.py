# Float literals: fraction only, exponent only, trailing dot, underscores.
print(1., .5, 1.5, 0.0, 00.5, 09.5, 1e10, 1E-5, 1e+5, 2.5e-3)
print(1_000.000_1e1_0, 1_0.0_1, 1e1_0, .1_2e-3)
print(3.14159, 1e308 * 10, -1e308 * 10, 5e-324, 5e-325)
print(0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1e15, 123456789.125)
print(1.0 == 1, 0.1 * 3 == 0.3, round(2.675, 2), float("1_5.5"))
