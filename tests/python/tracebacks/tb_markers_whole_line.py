# No markers are printed when the failing expression is the whole line.
def explode():
    raise ValueError("boom")

def caller():
    explode()

caller()
