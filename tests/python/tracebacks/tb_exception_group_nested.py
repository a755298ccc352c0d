# Nested groups print nested boxes; raised sub-exceptions keep their own tracebacks.
def fail(kind):
    raise kind(f"{kind.__name__} raised")

def collect(kinds):
    errors = []
    for kind in kinds:
        try:
            fail(kind)
        except Exception as e:
            errors.append(e)
    return errors

inner = ExceptionGroup("inner", collect([TypeError, KeyError]))
raise ExceptionGroup("outer", [*collect([ValueError]), inner])
