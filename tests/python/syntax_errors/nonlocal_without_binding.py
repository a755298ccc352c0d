# nonlocal for a name that no enclosing function defines.
def f():
    nonlocal counter
    counter = 1
