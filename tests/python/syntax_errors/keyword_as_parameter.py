# A keyword as a parameter name.
def f(x, if):
    return x
