# sys.getrecursionlimit / setrecursionlimit and their errors.
import sys
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in (0, -5, 1.5, 'x'):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(old)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))
