# The / marker must come before *.
def f(a, *, b, /):
    pass
