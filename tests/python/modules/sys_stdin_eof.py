# sys.stdin at end of input (the tests run with stdin from /dev/null).
import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.mode, sys.stdin.name)
print(list(sys.stdin))
print(sys.stdin)
