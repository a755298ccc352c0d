# An uncaught exception class raised without arguments prints just its name.
def check(value):
    if value is None:
        raise NotImplementedError
    return value

print(check(1))
check(None)
