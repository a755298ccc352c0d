# How the last line looks for an exception with no args, an empty message, and several args.
import sys

class Quiet(Exception):
    pass

def show(exc):
    try:
        raise exc
    except Exception as e:
        sys.stderr.write(f"caught {type(e).__name__}: {e}\n")

show(Quiet())
show(Quiet(""))
show(Quiet("a", 2))
raise Quiet("first", ["second"], 3)
