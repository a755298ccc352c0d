# = instead of == in an if condition.
x = 1
if x = 1:
    pass
