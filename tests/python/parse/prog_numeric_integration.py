# Numerical methods on floats: trapezoid and Simpson integration, Newton's method for
# square roots, bisection for a cubic's root, and a Taylor series for exp.
import math


def trapezoid(f, a, b, n=1000):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)


def simpson(f, a, b, n=100):
    h = (b - a) / n
    total = f(a) + f(b)
    total += sum((4 if i % 2 else 2) * f(a + i * h) for i in range(1, n))
    return total * h / 3


def newton_sqrt(x, tol=1e-12):
    guess = x if x > 1 else 1.0
    steps = 0
    while abs(guess * guess - x) > tol * x:
        guess = (guess + x / guess) / 2
        steps += 1
    return guess, steps


def bisect_root(f, lo, hi, tol=1e-10):
    while hi - lo > tol:
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if f(lo) * f(mid) > 0 else (lo, mid)
    return (lo + hi) / 2


def exp_taylor(x, terms=30):
    total, term = 0.0, 1.0
    for k in range(terms):
        total += term
        term *= x / (k + 1)
    return total


print(f"{trapezoid(math.sin, 0, math.pi):.8f} {simpson(math.sin, 0, math.pi):.10f}")
print(f"{simpson(lambda x: x ** 3, 0, 2):.10f} {trapezoid(lambda x: 1 / x, 1, math.e):.6f}")
for x in (2, 10, 0.25, 1e6):
    root, steps = newton_sqrt(x)
    print(f"sqrt({x}) = {root:.12f} in {steps} steps, error {abs(root - math.sqrt(x)):.1e}")
print(f"{bisect_root(lambda x: x ** 3 - 2 * x - 5, 2, 3):.9f}")
print([f"{exp_taylor(x):.10f}" for x in (0, 1, -1, 5)], f"{math.e:.10f}")
