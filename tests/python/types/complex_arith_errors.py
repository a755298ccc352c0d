# complex arithmetic, comparisons that are not allowed, and error messages.
z = 3 + 4j
w = 1 - 2j
print(z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate(), z == 3 + 4j, z != w)
print(z ** 2, z ** 0, z ** -1, (1j) ** 2, 2 ** (1j), pow(1j, 4))
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z / 2, 2 / z)
for label, f in (("z<w", lambda: z < w), ("z>=1", lambda: z >= 1), ("z//w", lambda: z // w),
                 ("z%w", lambda: z % w), ("divmod", lambda: divmod(z, w)), ("z/0", lambda: z / 0),
                 ("0j**-1", lambda: 0j ** -1), ("int(z)", lambda: int(z)), ("float(z)", lambda: float(z)),
                 ("pow3", lambda: pow(z, 2, 3)), ("round", lambda: round(z)), ("z&1", lambda: z & 1)):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
print(complex(2, 0) == 2, complex(2, 1e-300) == 2, hash(complex(2, 0)) == hash(2))
print(bool(0j), bool(1e-300j), bool(complex(0, -0.0)))
print(complex("1e3-2.5j"), complex(" (1+2j) "), complex("-j"), complex("j"), complex("1"), complex("infj"))
for bad in ("1+2", "1+2jj", "(1+2j", "1 + 2j", ""):
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
