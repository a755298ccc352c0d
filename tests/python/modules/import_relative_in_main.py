# A relative import in the main program has no parent package.
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .x import y
except ImportError as e:
    print(e)
