# Float literals of every form and their shortest round-trip reprs: leading and
# trailing dots, exponents, underscores, huge and tiny values, infinity, rounding.
print(1.0, 1., .5, 0.0, 00.5, 1_0.0_1, 1e3, 1E3, 1e+3, 1e-3, 1.5e10, .5e-2, 5.e1)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 1e16, 1e15, 123456789012345678.0)
print(1e22, 1e23, 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324)
print(1e309, -1e309, 1e400 - 1e400, 1e-400, -0.0, 0e0, 0_0.0e0_0)
print(3.141592653589793, 2.718281828459045, 1.1, 2.675, 0.30000000000000004)
print(100.0, 1e100, 12345.678, 0.000001, 0.0000001, 123e-20, 9.999999999999999e22)
print(float("nan"), float("inf"), float("-inf"), 1.5e-7, 4.35, 4.345)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), 7.0 // 2, 7.5 % 2)
print(1e1_0, 1_0e1_0, 0.1e-1, 1.e-1, 15.0e+0)
print(repr(1 / 7), str(2 ** 0.5), (0.1).as_integer_ratio(), 1e-5, 0.0001)
