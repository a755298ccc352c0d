# complex() argument combinations: strings only alone, numbers, __complex__, and error messages.
print(complex(1, 2), complex(1.5), complex("3"), complex(" 2-1j "), complex(1j, 2), complex(1, 2j), complex(True, False))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(real=F()))
for args in (("1", 1), (1, "1"), ("1", "1"), (None,), ([],), ("1+2j", None)):
    try:
        print(complex(*args))
    except TypeError as e:
        print(args, type(e).__name__, e)
class BadC:
    def __complex__(self):
        return 5
try:
    complex(BadC())
except TypeError as e:
    print(type(e).__name__, e)
for s in ("1e1000j", "-inf+nanj", "1_0+2_0j", "(1)", "( 1 + 2j )", "+j", "1e-1000"):
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
