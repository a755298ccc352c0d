print(abs(-5), abs(5), abs(-2.5), abs(3 + 4j), abs(-0.0), abs(True), abs(-(2 ** 100)))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(7, -1), round(15, -1), round(25, -1))
print(round(3.14159, 3), round(1e20, -19), round(-1.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2, -1), pow(2, 8, 10), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(base=2, exp=5, mod=7))
for call in (lambda: abs("x"), lambda: round("x"), lambda: divmod(1, "x"), lambda: pow(2, 3, 1.0),
             lambda: divmod(1, 0), lambda: pow(0, -1), lambda: round(1.5, "2")):
    try:
        call()
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
class A:
    def __abs__(self):
        return "custom abs"
    def __divmod__(self, o):
        return ("custom divmod", o)
    def __rpow__(self, o):
        return ("rpow", o)
print(abs(A()), divmod(A(), 3), pow(2, A()))
