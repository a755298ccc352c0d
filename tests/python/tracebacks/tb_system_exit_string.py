# SystemExit with a string: no traceback, the message goes to stderr and the status is 1.
import sys

def finish(ok):
    if not ok:
        sys.exit("fatal: configuration missing")
    print("finished")

finish(True)
finish(False)
