def check(values):
    errors = []
    for v in values:
        if not isinstance(v, int):
            errors.append(TypeError(f"not an int: {v!r}"))
        elif v < 0:
            errors.append(ValueError(f"negative: {v}"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
    return sum(values)

print(check([1, 2, 3]))
try:
    check([-1, 2])
except* ValueError as eg:
    print("handled", len(eg.exceptions), "ValueError(s)")
check([1, "x", -5])
