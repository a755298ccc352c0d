# The cProfile module (frozen stdlib): the deterministic profiler over _lsprof (C++),
# with the reports of pstats. Written for Glasspy; CPython 3.11's interface and output.
"""The deterministic profiler of _lsprof, with the interface of the profile module."""

__all__ = ["run", "runctx", "Profile"]

import _lsprof


def run(statement, filename=None, sort=-1):
    """Profile exec(statement) in __main__; print the report sorted by `sort`, or save
    the statistics to `filename`."""
    return _run_and_show(Profile(), lambda prof: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """As run(), with the given globals and locals."""
    return _run_and_show(Profile(), lambda prof: prof.runctx(statement, globals, locals), filename, sort)


def _run_and_show(prof, body, filename, sort):
    try:
        body(prof)
    except SystemExit:
        pass
    finally:
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


class Profile(_lsprof.Profiler):
    """The deterministic profiler (cProfile's, in C++): Profile(timer=None, timeunit=None,
    subcalls=True, builtins=True). `timer` replaces the built-in clock; for a timer
    returning integers, `timeunit` is the length of one unit in seconds."""

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        # stats: func -> (primitive calls, calls, own time, cumulative time, callers), where
        # callers maps each caller to the same four figures for its calls of func.
        entries = self.getstats()
        self.stats = {}
        callers_of = {}
        for entry in entries:
            callers = {}
            callers_of[id(entry.code)] = callers
            calls = entry.callcount
            self.stats[label(entry.code)] = (calls - entry.reccallcount, calls,
                                             entry.inlinetime, entry.totaltime, callers)
        for entry in entries:
            if not entry.calls:
                continue
            caller = label(entry.code)
            for sub in entry.calls:
                callers = callers_of.get(id(sub.code))
                if callers is None:
                    continue
                figures = (sub.callcount, sub.callcount - sub.reccallcount, sub.inlinetime, sub.totaltime)
                if caller in callers:
                    figures = tuple(a + b for a, b in zip(figures, callers[caller]))
                callers[caller] = figures

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)  # built-ins ('~' sorts last)
    return (code.co_filename, code.co_firstlineno, code.co_name)
