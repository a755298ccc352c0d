# BaseExceptionGroup with BaseExceptions: split keeps the base type; except* for BaseExceptions.
g = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("v"), SystemExit(3)])
print(type(g).__name__, repr(g))
m, r = g.split(Exception)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
m2, r2 = g.split((KeyboardInterrupt, SystemExit))
print(repr(m2), repr(r2), type(r2).__name__)
print(repr(g.subgroup(SystemExit)))
try:
    try:
        raise g
    except* KeyboardInterrupt:
        print("keyboard handled")
    except* SystemExit as e:
        print("exit handled", e.exceptions[0].code)
except ExceptionGroup as rest:
    print("rest", type(rest).__name__, repr(rest))
try:
    try:
        raise BaseExceptionGroup("only base", [GeneratorExit()])
    except Exception:
        print("not caught by except Exception")
except BaseExceptionGroup as e:
    print("caught as BaseExceptionGroup", repr(e))
try:
    raise ExceptionGroup("plain", [ValueError()])
except Exception as e:
    print("ExceptionGroup is an Exception:", type(e).__name__)
