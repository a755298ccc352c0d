z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(complex(1, 2), complex("1+2j"), complex(" -1.5-2.5j "), complex(2), complex("j"), complex())
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (2 + 0j) ** 2, 1j ** 2)
print(-z, +z, z == 3 + 4j, z != 4 + 3j, z == complex(3, 4))
print(complex(0, -0.0), complex(-0.0, 0), 0j, -0j, complex(1e300, 1e300) * 10)
print(repr(1e20j), repr(1.5 + 0j), repr(complex("inf+nanj")))
for bad in ("1+", "j1", "1+2", "(1+2j", ""):
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), complex("(1+2j)"), type(z).__name__)
print(pow(1j, 2), 2 ** (1j * 0), abs(-3j), bool(0j), bool(1j))
