print(int(), int(3.99), int(-3.99), int(True), int(1e20))
print(int(2.5e-5), int(-0.0), int(1e100) == 10 ** 100)
class WithInt:
    def __int__(self):
        return 77
class WithIndex:
    def __index__(self):
        return 88
print(int(WithInt()), int(WithIndex()))
for bad in (float("inf"), float("nan"), "abc", [1], None, 1j):
    try:
        int(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(int("  12  "), int("\t-5\n"))
print(type(int("5")).__name__, int.__name__)
class MyInt(int):
    pass
m = MyInt(5)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, int(m), type(int(m)).__name__)
