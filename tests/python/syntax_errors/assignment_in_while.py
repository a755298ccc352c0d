# = in a while condition.
while line = read():
    pass
