# sys.stderr: text goes to standard error.
import sys
print("to stdout")
sys.stderr.write("to stderr\n")
print("also stderr", file=sys.stderr)
print(sys.stderr.errors, sys.stderr.name)
