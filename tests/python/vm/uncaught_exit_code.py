import sys

def finish(ok):
    if ok:
        print("all good")
        return
    print("exiting with status 3", file=sys.stderr)
    sys.exit(3)

finish(True)
try:
    sys.exit("message to stderr")
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no code:", e.code)
finish(False)
print("not reached")
