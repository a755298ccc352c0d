def run(excs):
    try:
        raise ExceptionGroup("batch", excs)
    except* ValueError as g:
        print("ValueErrors:", [str(e) for e in g.exceptions])
    except* (TypeError, KeyError) as g:
        print("Type/Key:", [repr(e) for e in g.exceptions])

run([ValueError("a"), TypeError("b"), KeyError("c"), ValueError("d")])
try:
    run([OSError("unhandled"), ValueError("x")])
except ExceptionGroup as rest:
    print("escaped:", repr(rest))
try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("wrapped:", repr(g))
        raise
except ExceptionGroup as g:
    print("re-raised group:", repr(g))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new in handler")
except ExceptionGroup as g:
    print("new exception wrapped:", repr(g.exceptions))
except KeyError as k:
    print("a single new exception raised in an except* handler is not wrapped:", repr(k))
    print("its context is the group:", repr(k.__context__))
