# Imaginary literals (j and J suffixes on ints and floats) and complex arithmetic with
# the reprs CPython prints.
print(1j, 1J, 0j, 2.5j, .5j, 1e3j, 1_0j, 00j, 0.j)
print(1 + 2j, 1 - 2j, -1j, -(1j), 3 - 0j, 0 + 0j, -0j, (-0.0 - 0j))
z = 3 + 4j
print(z.real, z.imag, abs(z), z.conjugate(), z * 1j, z / 2, z ** 2)
print((1 + 1j) * (1 - 1j), 1j ** 2, complex(1, -1), complex("2+3j"))
print(1e309j, -1e309j, 1j * 1e308 * 10, 2j / 3)
print(repr(1.5 + 0.1j), (1j).imag, type(2j).__name__)
