# An exception thrown into a generator and not handled: its traceback includes the yield.
def waiting():
    x = 1
    yield x
    yield x + 1

g = waiting()
next(g)
g.throw(KeyError("thrown"))
