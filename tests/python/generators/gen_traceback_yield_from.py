# Tracebacks pass through every generator of a yield from chain.
def level3():
    yield "deep"
    {}["missing"]

def level2():
    yield from level3()

def level1():
    result = yield from level2()
    return result

g = level1()
print(next(g))
next(g)
