# A keyword as a function name.
def import():
    pass
