for text in ("1.5", "  -2e3 ", "+inf", "-nan", "1_0.5", ".5", "5.", "1e-400", "1e400", "0x10" if False else "12"):
    print(repr(text), float(text))
for bad in ("", "abc", "1.2.3", "1e", "--1", "1_", "_1", "1__0", "0x10", "nan1", "1 2", "١.٥x"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(float("١.٥"))
for bad in (None, [1.0], "1j"):
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()), float(b"3.5"))
class BadF:
    def __float__(self):
        return 1
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
