# with statements: single, multiple, parenthesised (Python 3.10+), nested.
class Logger:
    depth = 0

    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print("  " * Logger.depth + "enter " + self.name)
        Logger.depth += 1
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        Logger.depth -= 1
        note = f" ({exc_type.__name__}: {exc})" if exc_type else ""
        print("  " * Logger.depth + "exit " + self.name + note)
        return self.swallow


with Logger("a") as a, Logger("b") as b:
    print("body", a, b)

with (
    Logger("x") as x,
    Logger("y"),
    Logger("z", swallow=True),
):
    raise ValueError("swallowed by z")
print("after", x)

with (Logger("outer")):
    with Logger("inner", swallow=True):
        1 / 0
