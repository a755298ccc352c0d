# profile (the pure-Python profiler) with a counting timer: its pseudo-frames
# (profile:0(profiler), the command), built-ins as :0(name), recursion, exceptions, and
# the pstats reports over it (callers as plain counts).
import profile
import pstats

ticks = 0
def fake_timer():
    global ticks
    ticks += 1
    return ticks

def leaf(n):
    return n + 1

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def fails():
    raise ValueError('no')

def work():
    total = 0
    for i in range(3):
        total += leaf(i)
    fib(3)
    try:
        fails()
    except ValueError:
        pass
    sorted([2, 1])
    return total

class Job:
    def __call__(self):
        return work()
    def __repr__(self):
        return 'Job()'

prof = profile.Profile(fake_timer)
print(prof.runcall(Job()))
stats = pstats.Stats(prof)
stats.strip_dirs().sort_stats('stdname').print_stats()
stats.print_callers()
stats.sort_stats('time', 'name').print_callees('work')

prof2 = profile.Profile(fake_timer, bias=0)
prof2.runctx('fib(2); leaf(1)', globals(), {'fib': fib, 'leaf': leaf})
prof2.print_stats('calls')
print(sorted(prof2.stats) if hasattr(prof2, 'stats') else 'no stats attribute')
