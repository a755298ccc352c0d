def f(*, key): pass
f(ky=1)
