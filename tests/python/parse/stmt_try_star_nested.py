# except* inside functions and loops, raising new exceptions from a handler, and groups
# built from collected task failures.
class TaskError(Exception):
    def __init__(self, name):
        super().__init__(f"task {name} failed")
        self.name = name


def run_tasks(names):
    errors = []
    for name in names:
        if name.startswith("bad"):
            errors.append(TaskError(name))
        elif name == "oops":
            errors.append(RuntimeError(name))
    if errors:
        raise ExceptionGroup("tasks", errors)
    return len(names)


for batch in (["a", "b"], ["a", "bad1", "bad2"], ["oops", "bad3"]):
    try:
        print("ok:", run_tasks(batch))
    except* TaskError as group:
        print("task errors:", sorted(e.name for e in group.exceptions))
    except* RuntimeError as group:
        print("runtime errors:", [str(e) for e in group.exceptions])

try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise KeyError("raised in handler")
except ExceptionGroup as eg:
    print(type(eg).__name__, [repr(e) for e in eg.exceptions])
except KeyError as err:
    print("KeyError", err)

eg = ExceptionGroup("split me", [ValueError(1), TypeError(2), ValueError(3)])
match_, rest = eg.split(ValueError)
print(match_.exceptions, rest.exceptions)
print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions)
