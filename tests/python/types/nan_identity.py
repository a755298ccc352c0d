# NaN identity: each float("nan") or NaN result is a new object; a NaN passed around keeps its identity.
print(type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(type(None)() is None)
nan = float("nan")
x = nan
print(x is nan, +nan is nan, float(nan) is nan, nan.real is nan, nan.conjugate() is nan, (nan * 1) is nan, -nan is nan)
import math
print(math.nan is math.nan, float("nan") is math.nan, math.isnan(nan))
print(memoryview(bytearray(8)).cast("d").__setitem__(0, nan))
print({nan: 1}[nan], [nan].count(nan), [nan].index(nan), (nan,) == (nan,), {nan} == {nan})
print(id(nan) == id(nan), id(nan) == id(float("nan")))
inf = float("inf")
a, b = inf - inf, inf - inf
print(a is b, [a] == [b], a in [a], b in [a], {a: 1}.get(b), len({a, b, a}))
print(max(nan, 1) is nan, min([nan]) is nan, sorted([nan])[0] is nan, abs(nan) is nan, [nan][0] is nan, (nan,)[0] is nan)
