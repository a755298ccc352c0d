def f():
    yy = 1
    return yyy
f()
