# Context managers: `with` calls __enter__ on the way in and __exit__ on the
# way out, even when the block raises. __exit__ sees the exception and may
# swallow it by returning True.

class Timer:
    """Counts how many steps a block records (a stand-in for real timing)."""

    def __init__(self, name):
        self.name = name
        self.steps = 0

    def __enter__(self):
        print(f"enter {self.name}")
        return self                      # bound by `as`

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else f"failed with {exc_type.__name__}: {exc}"
        print(f"exit {self.name} after {self.steps} steps ({status})")
        return False                     # do not swallow exceptions


with Timer("loop") as t:
    for _ in range(5):
        t.steps += 1

try:
    with Timer("division") as t:
        t.steps += 1
        1 / 0
except ZeroDivisionError:
    print("the exception still reached us")


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.kinds)


with Suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")

# Several managers in one statement exit in reverse order.
with Timer("outer"), Timer("inner"):
    pass
