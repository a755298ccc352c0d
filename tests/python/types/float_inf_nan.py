inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-nan"), float("Infinity"), float("iNF"), float("NaN"))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf // 1, inf % 5 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(max(1, nan), max(nan, 1), min(inf, nan))
print(sorted([3.0, inf, -inf, 0.0]))
print(str(inf), repr(nan), f"{inf:f}", f"{nan:e}", f"{-inf:10}", f"{nan:+}")
print(abs(-inf), -nan, int(1e10))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(inf), math.copysign(1, -0.0))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(inf ** 0, nan ** 0, 1 ** nan, 0 ** inf if True else 0)
