# A member of a group that has its own cause: the chain is printed inside the box.
def load(path):
    try:
        raise FileNotFoundError(2, "No such file", path)
    except OSError as e:
        raise RuntimeError(f"cannot load {path}") from e

errors = []
for path in ("a.cfg", "b.cfg"):
    try:
        load(path)
    except RuntimeError as e:
        errors.append(e)
raise ExceptionGroup("loading failed", errors)
