# With both a cause and a context, only the cause is printed.
def work():
    try:
        1 / 0
    except ZeroDivisionError:
        other = OSError("unrelated cause")
        raise RuntimeError("work failed") from other

work()
