eg = ExceptionGroup("top", [ValueError("v1"), TypeError("t"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(LookupError)))
print(eg.subgroup(OSError))
print(repr(eg.split(lambda e: isinstance(e, (TypeError, KeyError)))[0]))
print(eg.derive([ZeroDivisionError()]))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("base", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
