# Context managers written as classes: a timer on a fake clock, a stack of temporary
# attribute overrides restored in reverse, and one that suppresses chosen exceptions.
class FakeClock:
    now = 0

    @classmethod
    def advance(cls, dt):
        cls.now += dt


class Timer:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        self.start = FakeClock.now
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = FakeClock.now - self.start
        print(f"{self.label}: {self.elapsed} ticks{' (failed)' if exc_type else ''}")
        return False


class Override:
    def __init__(self, obj, **changes):
        self.obj, self.changes, self.saved = obj, changes, {}

    def __enter__(self):
        for name, value in self.changes.items():
            self.saved[name] = getattr(self.obj, name)
            setattr(self.obj, name, value)
        return self.obj

    def __exit__(self, *exc_info):
        for name, value in reversed(self.saved.items()):
            setattr(self.obj, name, value)


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.caught = exc
            return True
        return False


class Settings:
    debug = False
    level = 1


with Timer("outer"):
    FakeClock.advance(5)
    with Timer("inner"):
        FakeClock.advance(3)
    with Override(Settings, debug=True, level=9) as s:
        print("inside:", s.debug, s.level)
    print("restored:", Settings.debug, Settings.level)
with Suppress(KeyError, IndexError) as sup:
    {}["missing"]
print("suppressed:", repr(sup.caught))
try:
    with Timer("failing"), Suppress(KeyError):
        FakeClock.advance(2)
        raise ValueError("not suppressed")
except ValueError as err:
    print("propagated:", err)
