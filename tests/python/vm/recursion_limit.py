import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

old = sys.getrecursionlimit()
print("default limit", old)
print(depth(500))

def runaway(n):
    return runaway(n + 1)

try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, e)

sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(4000))
sys.setrecursionlimit(old)

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(type(e).__name__, e)

# recovery after a RecursionError
def deep_then_ok():
    try:
        runaway(0)
    except RecursionError:
        return "recovered"

print(deep_then_ok())
print(depth(100))
print(issubclass(RecursionError, RuntimeError))
