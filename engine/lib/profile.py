# The profile module (frozen stdlib): the pure-Python deterministic profiler over
# sys.setprofile, with pstats reports. Its bookkeeping follows CPython 3.11's profile
# (timer readings per event, the "profiler" and command pseudo-frames, the bias) so
# that a given timer yields the same figures. Written for Glasspy.
"""A deterministic profiler written in Python (see also cProfile)."""

import sys
import time

__all__ = ["run", "runctx", "Profile"]


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


def run(statement, filename=None, sort=-1):
    """Profile exec(statement) in __main__; print the report sorted by `sort`, or save
    the statistics to `filename`."""
    return _run_and_show(Profile(), lambda prof: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """As run(), with the given globals and locals."""
    return _run_and_show(Profile(), lambda prof: prof.runctx(statement, globals, locals), filename, sort)


class Profile:
    """The pure-Python profiler. self.cur is the stack of active calls as tuples
    (time owed to the caller, own time, callees' time, function, frame, caller's tuple);
    self.timings maps each function to (primitive calls, recursion depth, own time,
    cumulative time, {caller: calls})."""

    bias = 0  # calibration constant

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        self.bias = self.bias if bias is None else bias
        if not timer:
            self.timer = self.get_time = time.process_time
            self.dispatcher = self.trace_dispatch_i
        else:
            self.timer = timer
            sample = self.timer()
            try:
                length = len(sample)
            except TypeError:
                self.get_time = timer
                self.dispatcher = self.trace_dispatch_i
            else:
                # A timer returning a tuple (as os.times()): its items are summed.
                self.dispatcher = self.trace_dispatch if length == 2 else self.trace_dispatch_l

                def get_time_timer(timer=timer, sum=sum):
                    return sum(timer())
                self.get_time = get_time_timer
        self.t = self.get_time()
        self.simulate_call('profiler')

    # --- the profile functions: each charges the time since the last event, then
    # restarts the clock (or, when the event is not recorded, puts the delta back) ---

    def trace_dispatch(self, frame, event, arg):
        timer = self.timer
        t = timer()
        t = t[0] + t[1] - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            t = timer()
            self.t = t[0] + t[1]
        else:
            r = timer()
            self.t = r[0] + r[1] - t

    def trace_dispatch_i(self, frame, event, arg):
        timer = self.timer
        t = timer() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = timer()
        else:
            self.t = timer() - t

    def trace_dispatch_mac(self, frame, event, arg):
        timer = self.timer
        t = timer() / 60.0 - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = timer() / 60.0
        else:
            self.t = timer() / 60.0 - t

    def trace_dispatch_l(self, frame, event, arg):
        get_time = self.get_time
        t = get_time() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = get_time()
        else:
            self.t = get_time() - t

    # --- the events ---

    def trace_dispatch_exception(self, frame, t):
        parent_time, own, sub, fn, cur_frame, parent = self.cur
        if cur_frame is not frame and parent:
            return self.trace_dispatch_return(cur_frame, t)
        self.cur = parent_time, own + t, sub, fn, cur_frame, parent
        return 1

    def trace_dispatch_call(self, frame, t):
        if self.cur and frame.f_back is not self.cur[-2]:
            # The previous frame ended by an exception without its return event.
            cur_frame = self.cur[-2]
            if not isinstance(cur_frame, Profile.fake_frame):
                assert cur_frame.f_back is frame.f_back, ("Bad call", self.cur[-3], cur_frame,
                                                          cur_frame.f_back, frame, frame.f_back)
                self.trace_dispatch_return(cur_frame, 0)
                assert self.cur is None or frame.f_back is self.cur[-2], ("Bad call", self.cur[-3])
        code = frame.f_code
        fn = (code.co_filename, code.co_firstlineno, code.co_name)
        self.cur = (t, 0, 0, fn, frame, self.cur)
        self._count_entry(fn)
        return 1

    def _count_entry(self, fn):
        timings = self.timings
        if fn in timings:
            cc, ns, tt, ct, callers = timings[fn]
            timings[fn] = cc, ns + 1, tt, ct, callers
        else:
            timings[fn] = 0, 0, 0, 0, {}

    def trace_dispatch_c_call(self, frame, t):
        fn = ("", 0, self.c_func_name)
        self.cur = (t, 0, 0, fn, frame, self.cur)
        self._count_entry(fn)
        return 1

    def trace_dispatch_return(self, frame, t):
        if frame is not self.cur[-2]:
            assert frame is self.cur[-2].f_back, ("Bad return", self.cur[-3])
            self.trace_dispatch_return(self.cur[-2], 0)
        parent_time, own, sub, fn, frame, parent = self.cur
        own = own + t
        frame_total = own + sub
        p_time, p_own, p_sub, p_fn, p_frame, p_parent = parent
        self.cur = p_time, p_own + parent_time, p_sub + frame_total, p_fn, p_frame, p_parent
        timings = self.timings
        cc, ns, tt, ct, callers = timings[fn]
        if not ns:
            # The outermost activation of fn: its time counts once, not per recursion level.
            ct = ct + frame_total
            cc = cc + 1
        callers[p_fn] = callers.get(p_fn, 0) + 1
        timings[fn] = cc, ns - 1, tt + own, ct, callers
        return 1

    dispatch = {
        "call": trace_dispatch_call,
        "exception": trace_dispatch_exception,
        "return": trace_dispatch_return,
        "c_call": trace_dispatch_c_call,
        "c_exception": trace_dispatch_return,
        "c_return": trace_dispatch_return,
    }

    # --- the pseudo-frames of the profiler and of the command run ---

    def set_cmd(self, cmd):
        if self.cur[-1]:
            return
        self.cmd = cmd
        self.simulate_call(cmd)

    class fake_code:
        def __init__(self, filename, line, name):
            self.co_filename = filename
            self.co_line = line
            self.co_name = name
            self.co_firstlineno = 0

        def __repr__(self):
            return repr((self.co_filename, self.co_line, self.co_name))

    class fake_frame:
        def __init__(self, code, prior):
            self.f_code = code
            self.f_back = prior

    def simulate_call(self, name):
        code = self.fake_code('profile', 0, name)
        frame = self.fake_frame(code, self.cur[-2] if self.cur else None)
        self.dispatch['call'](self, frame, 0)

    def simulate_cmd_complete(self):
        get_time = self.get_time
        t = get_time() - self.t
        while self.cur[-1]:
            self.dispatch['return'](self, self.cur[-2], t)
            t = 0
        self.t = get_time() - t

    # --- reports ---

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for func, (cc, ns, tt, ct, callers) in self.timings.items():
            callers = callers.copy()
            self.stats[func] = cc, sum(callers.values()), tt, ct, callers

    # --- running code under the profiler ---

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)
