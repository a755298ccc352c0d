class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            return True
        return None

with Suppress(KeyError, IndexError):
    {}["k"]
print("after KeyError suppressed")

with Suppress(IndexError):
    [][0]
    print("not reached")

try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return "yes"

def f():
    for i in range(3):
        with Truthy():
            raise ValueError(i)
    return "loop finished"
print(f())

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from __exit__")

try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
