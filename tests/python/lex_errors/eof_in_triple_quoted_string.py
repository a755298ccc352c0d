def documented():
    """This docstring is never closed.

    return 1


print(documented())
