# Decorators with state: a memoising cache with hit counts, a call counter, a retry
# decorator factory with keyword-only options, and functools-free wrapping by hand.
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
        else:
            stats["misses"] += 1
            cache[args] = fn(*args)
        return cache[args]

    wrapper.stats = stats
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


def retry(times, *, on=(Exception,), log=None):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on as err:
                    if log is not None:
                        log.append(f"attempt {attempt}: {err}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return decorate


@memoize
def paths(rows, cols):
    """Lattice paths in a grid."""
    if rows == 0 or cols == 0:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print(paths(10, 10), paths.stats, paths.__name__, paths.__doc__)
log = []
state = {"calls": 0}


@retry(3, on=(ValueError,), log=log)
def flaky(threshold):
    state["calls"] += 1
    if state["calls"] < threshold:
        raise ValueError(f"call {state['calls']} too early")
    return f"succeeded on call {state['calls']}"


print(flaky(3), log)
log.clear()
state["calls"] = 0
try:
    flaky(10)
except RuntimeError as err:
    print(err, len(log))
