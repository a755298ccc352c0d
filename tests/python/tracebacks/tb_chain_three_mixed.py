# Three exceptions: context, then cause; printed oldest first with both separator texts.
def level1():
    raise KeyError("level1")

def level2():
    try:
        level1()
    except KeyError:
        raise ValueError("level2")

def level3():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("level3") from e

level3()
