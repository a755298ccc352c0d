def f():
    return 1

x = (1,
     2)
