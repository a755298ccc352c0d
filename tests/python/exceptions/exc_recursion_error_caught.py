# Deep recursion raises RecursionError, which can be caught; the interpreter keeps working after.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
depth = count(0)
print(depth > 100)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
print(sum(range(10)), "still fine")
class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print("repr:", type(e).__name__)
