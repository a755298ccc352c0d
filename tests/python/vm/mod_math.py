import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.isqrt(99), math.isqrt(10 ** 30))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.gcd(12, 18), math.gcd(0, 0), math.lcm(4, 6), math.gcd(12, 18, 27))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.exp(0), math.pow(2, 0.5), math.hypot(3, 4))
print(math.sin(0), math.cos(0), math.atan2(1, 1) * 4)
print(math.degrees(math.pi), math.radians(180))
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
