# from M import NAME where NAME is missing in a built-in module.
try:
    from itertools import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name, e.path)
try:
    from sys import nothing_like_this
except ImportError as e:
    print(e)
