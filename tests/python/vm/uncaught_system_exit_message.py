import sys

def main(argv):
    if len(argv) < 3:
        print("usage: prog A B", file=sys.stderr)
        return 2
    return 0

status = main(["prog"])
print("main returned", status)
try:
    raise SystemExit(0)
except SystemExit as e:
    print("SystemExit(0) caught, code", e.code)
print("exiting with a message")
sys.stdout.flush()
raise SystemExit("fatal: configuration missing")
