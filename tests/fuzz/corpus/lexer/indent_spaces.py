def f():
    if x:
        return 1
    else:
        pass

    return 2
