z = complex(1.5, -2)
print(z, z * 2, z / 2, z + 1, z - 1j, z ** 2, abs(3 + 4j), (1 + 1j) ** 0.5)
print(complex(1, 2) == complex("1+2j"), complex(1.0) == 1.0, 1 + 0j == 1)
print(repr(complex(0, 1)), repr(complex(1, 0)), repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)))
print(repr(complex(1e-20, 1e20)), repr(1j * 1e300 * 10), repr(complex(float("nan"), 1)))
print((2 + 3j).real, (2 + 3j).imag, (2 + 3j).conjugate(), type((2 + 3j).real).__name__)
print(complex(complex(1, 2), complex(3, 4)), complex(1, 2j))
print(1j ** 1j, (1 + 2j) ** 3, (-1) ** 0.5 == 1j, 0j ** 0)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
print(f"{1 + 2j}", f"{1.5 - 0.5j:.2f}", format(1j, "^10"), str(-1j))
