# RecursionError depths and messages when recursion goes through C++ (repr, str, calls).
import sys


class R:
    def __repr__(self):
        return repr(self)


class S:
    def __str__(self):
        return str(self)


def recurse(n):
    return recurse(n + 1)


def depth_reached():
    count = 0

    def down():
        nonlocal count
        count += 1
        down()

    try:
        down()
    except RecursionError as e:
        return count, str(e)


for make in (lambda: repr(R()), lambda: str(S()), lambda: recurse(0)):
    try:
        make()
    except RecursionError as e:
        print(type(e).__name__, e)
print(depth_reached())
sys.setrecursionlimit(200)
print(depth_reached())
try:
    repr(R())
except RecursionError as e:
    print(e)
