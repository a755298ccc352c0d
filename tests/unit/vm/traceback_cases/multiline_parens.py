def h():
    return (1 +
            2) / 0
h()
