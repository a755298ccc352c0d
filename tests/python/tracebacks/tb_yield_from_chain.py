# An exception deep in a yield-from chain shows every generator frame.
def leaf():
    yield 1
    raise LookupError("leaf exhausted badly")

def middle():
    yield from leaf()

def top():
    yield from middle()

for value in top():
    print("value", value)
