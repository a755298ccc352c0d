# Imaginary literals and complex arithmetic.
print(1j, 1.5J, 0j, 1e3j, .5j, 10_0j, 3.j)
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate())
print(z * 1j, z / (1 - 1j), (1j) ** 2, -1j)
roots = [complex(round((1j ** k).real), round((1j ** k).imag)) for k in range(4)]
print(roots)
