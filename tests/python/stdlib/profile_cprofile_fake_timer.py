# cProfile with a counting timer (deterministic figures) and the pstats reports:
# sort keys, restrictions, callers / callees, runcall, the context manager, getstats.
import cProfile
import pstats
import io

ticks = 0
def fake_timer():
    global ticks
    ticks += 1
    return ticks

def leaf(n):
    return n * 2

def middle(n):
    total = 0
    for i in range(n):
        total += leaf(i)
    return total

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    middle(3)
    fib(4)
    sorted([3, 1, 2])
    len("abc")
    [].append(1)
    return 0

prof = cProfile.Profile(fake_timer)
prof.enable()
work()
prof.disable()

stats = pstats.Stats(prof)
stats.strip_dirs().sort_stats('stdname').print_stats()
stats.sort_stats('cumulative', 'name').print_stats(3)
stats.sort_stats(pstats.SortKey.TIME).print_stats('fib|leaf')
stats.print_callers('fib')
stats.print_callees('work')
stats.sort_stats('calls').print_stats(0.5)

out = io.StringIO()
pstats.Stats(prof, stream=out).sort_stats('ncalls').print_stats(2)
print(out.getvalue().replace('\n', '|')[:60])

prof2 = cProfile.Profile(fake_timer, 0.001)
result = prof2.runcall(fib, 3)
print(result)
prof2.print_stats('name')
prof3 = cProfile.Profile(fake_timer)
with prof3:
    middle(2)
prof3.create_stats()
print(sorted((k[2], v[:2]) for k, v in prof3.stats.items()))
print(prof3.getstats()[0].__class__.__name__ if prof3.getstats() else None)
