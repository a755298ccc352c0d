# Raising inside an except* handler: the new exception chains onto the matched group.
def jobs():
    raise ExceptionGroup("jobs", [ValueError("job 1"), KeyError("job 2")])

try:
    jobs()
except* ValueError:
    raise RuntimeError("could not recover")
