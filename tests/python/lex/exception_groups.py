# except* and ExceptionGroup (Python 3.11).
def risky_batch():
    errors = [ValueError("bad value"), TypeError("bad type"), ValueError("worse value")]
    raise ExceptionGroup("batch failed", errors)


try:
    risky_batch()
except* ValueError as group:
    print("values:", [str(e) for e in group.exceptions])
except* TypeError as group:
    print("types:", [str(e) for e in group.exceptions])

eg = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("disk")])])
match_, rest = eg.split(OSError)
print(repr(match_), "|", repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
