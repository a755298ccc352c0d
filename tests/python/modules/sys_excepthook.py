# sys.excepthook writes a traceback to stderr.
import sys
try:
    raise ValueError("shown by the hook")
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
print("still running")
