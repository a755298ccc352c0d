# try/except* with ExceptionGroup: splitting a group between handlers, "as" names, tuples
# of types, else and finally, and an unhandled remainder.
def show(group):
    return f"{type(group).__name__}({group.message!r}, {[repr(e) for e in group.exceptions]})"


def run(exc):
    try:
        raise exc
    except* ValueError as group:
        print("  ValueError part:", show(group))
    except* (KeyError, IndexError) as group:
        print("  lookup part:", show(group))
    except* ZeroDivisionError:
        print("  zero division part")
    else:
        print("  nothing raised")
    finally:
        print("  finally")


print("mixed group")
run(ExceptionGroup("batch", [ValueError(1), KeyError("k"), ValueError(2), IndexError(0)]))
print("plain exception is wrapped")
run(ZeroDivisionError("plain"))
print("remainder propagates")
try:
    run(ExceptionGroup("rest", [TypeError("t"), ValueError("v")]))
except ExceptionGroup as rest:
    print("caught rest:", show(rest))

try:
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [OSError("disk")]), OSError("net")])
except* OSError as group:
    print("nested:", [type(e).__name__ for e in group.exceptions], repr(group.exceptions[0].message))
