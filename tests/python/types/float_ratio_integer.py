for v in (0.5, 0.1, -2.25, 3.0, 1e20, 2 ** -30, 0.0, -0.0):
    print(repr(v), v.as_integer_ratio(), v.is_integer())
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf").is_integer(), float("nan").is_integer())
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d == 2 ** 55)
print((1.5).real, (1.5).imag, (1.5).conjugate())
print(float.__name__, type(1.5).__name__, isinstance(1.5, float))
x = 7.0
print(int(x), x == 7, hash(x) == hash(7), hash(0.5), hash(-0.0) == hash(0.0))
print(hash(float("inf")), hash(float("-inf")))
print(float.__getformat__("double"))
