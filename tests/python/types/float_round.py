for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 1e16 + 1):
    print(repr(v), round(v), type(round(v)).__name__, round(v, 2), round(v, 0))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1), round(5.5, -1), round(15.0, -1))
print(round(0.125, 2), round(0.375, 2), round(2.5e-5, 5), round(1e300, -300))
print(round(float("inf"), 2), round(float("nan"), 1), round(1e308, -308))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(7), round(7, -1), round(-75, -1), round(85, -1), round(2 ** 70 + 1, -20))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("custom", n)
print(round(R()), round(R(), 3))
