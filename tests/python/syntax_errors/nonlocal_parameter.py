# A parameter declared nonlocal.
def outer():
    def inner(x):
        nonlocal x
