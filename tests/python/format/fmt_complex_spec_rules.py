# complex formatting: both parts formatted together; zero-padding and '=' alignment are rejected.
z = complex(1.25, -3.5)
for spec in ("", "f", ".1f", "e", ".2e", "g", ">20", "<20", "^20", "+", " .2f", "#.0f", "_.2f", ",g", ".3"):
    print(repr(spec), repr(format(z, spec)))
print(repr(format(3j, "")), repr(format(3j, "g")), repr(format(complex(1e10, 1e-10), ".3")), repr(format(-1 + 0j, ".1f")))
for spec in ("010f", "=20", "c", "d", "%", "x"):
    try:
        print(format(z, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(f"{2 + 2j:*^30.3f}")
