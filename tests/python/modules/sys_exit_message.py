# sys.exit with a message: printed to stderr, exit status 1.
import sys
print("start")
sys.exit("fatal: giving up")
