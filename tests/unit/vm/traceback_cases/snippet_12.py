def f():
    return g(
        1)
def g(x):
    return x / 0
f()
