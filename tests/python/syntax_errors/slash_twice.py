# Two / markers.
def f(a, /, b, /):
    pass
