# Ends in an uncaught RecursionError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
import sys
sys.setrecursionlimit(60)

def walk(node):
    return walk(node + 1)

def safe(n):
    if n == 0:
        return 0
    return 1 + safe(n - 1)

print(safe(20))
walk(0)
