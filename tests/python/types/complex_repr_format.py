# repr/str of complex numbers: parentheses, signed zeros, exponents, inf and nan parts.
vals = [1j, -1j, 1 + 0j, -1 + 0j, complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0),
        complex(1.5, 2.25), complex(1e16, 1e-5), complex(float("inf"), -1), complex(1, float("nan")),
        complex(-float("inf"), float("inf")), 2j * 1e300, complex(3, 4) / 5]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
print(format(1 + 2j), format(1.5 - 2j, ".2f"), format(1 + 2j, "^20"), format(-1j, "+"))
print(format(3 + 4j, "e"), format(3.14159 + 2.71828j, ".3g"), format(1e20 + 1j, "g"))
print(f"{2 + 3j:>15}|{2 + 3j:<15}|{2 - 3j:*^16.1f}")
print("%s %r" % (1 + 1j, -2j))
print(complex(real=1, imag=2), complex(imag=5), complex(), complex(1j, 1j), complex(2, 3j))
