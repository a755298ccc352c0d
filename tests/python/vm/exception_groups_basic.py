def raise_group():
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])

try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

try:
    try:
        raise_group()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("left over:", repr(rest))

try:
    raise ValueError("plain")
except* ValueError as eg:
    print("plain exception wrapped:", type(eg).__name__, repr(eg.exceptions))

eg = ExceptionGroup("msg", [KeyError("a"), OSError("b")])
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, OSError)))
print(eg.message, len(eg.exceptions), str(eg))
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
