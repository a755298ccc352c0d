# Recursion: a function that calls itself on a smaller problem, with a base
# case that stops it. Each call gets its own frame on the call stack.
import sys


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def hanoi(n, source, target, spare, moves):
    """Move n discs from source to target, using spare."""
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append(f"{source}->{target}")
    hanoi(n - 1, spare, target, source, moves)


def fib(n, memo={0: 0, 1: 1}):
    # Memoisation turns an exponential recursion into a linear one.
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def depth(nested):
    if not isinstance(nested, list):
        return 0
    return 1 + max((depth(item) for item in nested), default=0)


print(factorial(20))
moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), "moves:", " ".join(moves))
print(fib(90))
print(depth([1, [2, [3, [4]], 5]]))

# Too deep: Python stops runaway recursion with RecursionError.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as err:
    print("RecursionError:", err)
print("the limit is", sys.getrecursionlimit())
