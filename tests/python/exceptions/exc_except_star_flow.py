# except* runs each matching clause once with the matching subgroup; the rest propagates.
def run(excs):
    try:
        try:
            raise ExceptionGroup("eg", excs)
        except* ValueError as g:
            print("  ValueError clause:", [repr(e) for e in g.exceptions])
        except* (TypeError, KeyError) as g:
            print("  Type/Key clause:", [repr(e) for e in g.exceptions])
    except BaseException as rest:
        print("  propagated:", repr(rest))
    else:
        print("  all handled")

run([ValueError(1), TypeError(2)])
run([ValueError(1), ValueError(2), KeyError(3)])
run([OSError(4), ValueError(5)])
run([ExceptionGroup("inner", [TypeError(6), OSError(7)])])

try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print(type(g).__name__, repr(g.exceptions), g.message)
except Exception as e:
    print("unexpected", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("from handler")
except Exception as e:
    print(repr(e), repr(e.__context__))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(repr(e))
try:
    try:
        raise TypeError("plain")
    except* ValueError:
        print("not reached")
except TypeError as e:
    print("plain passes through:", repr(e))
