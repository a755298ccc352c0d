#!/usr/bin/env python3
"""CPython's side of the BigInt benchmarks in bigint_bench_test.cpp: the same workloads,
timed in process CPU time (the machines are shared, wall time is noisy). Compare with
  build/<dir>/glasspy_unit_tests -tc='bench*' --no-skip

Usage: python3 tests/unit/numeric/bench_bigint.py
"""
import random
import sys
import time


def best(rounds, reps, body):
    result = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(reps):
            body()
        result = min(result, (time.process_time() - start) / reps)
    return result


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def main():
    sys.set_int_max_str_digits(0)
    rng = random.Random(11)
    a = int(str(rng.randrange(1, 10)) + "".join(rng.choice("0123456789") for _ in range(99999)))
    b = int(str(rng.randrange(1, 10)) + "".join(rng.choice("0123456789") for _ in range(99999)))
    print("mul 100000 x 100000 digits: %.3f ms" % (best(5, 5, lambda: a * b) * 1e3))
    print("square 100000 digits: %.3f ms" % (best(5, 5, lambda: a * a) * 1e3))
    sys.set_int_max_str_digits(4300)
    x = int("".join(rng.choice("0123456789") for _ in range(4000)))
    s = str(x)
    print("str of 4000 digits: %.1f us" % (best(5, 200, lambda: str(x)) * 1e6))
    print("int() of 4000 digits: %.1f us" % (best(5, 200, lambda: int(s)) * 1e6))
    sys.set_int_max_str_digits(0)
    y = int("".join(rng.choice("123456789") for _ in range(100000)))
    t = str(y)
    print("str of 100000 digits: %.2f ms" % (best(3, 1, lambda: str(y)) * 1e3))
    print("int() of 100000 digits: %.2f ms" % (best(3, 1, lambda: int(t)) * 1e3))
    import math
    g1 = int("".join(rng.choice("123456789") for _ in range(10000)))
    g2 = int("".join(rng.choice("123456789") for _ in range(10000)))
    print("gcd of two 10000-digit numbers: %.2f ms" % (best(3, 2, lambda: math.gcd(g1, g2)) * 1e3))
    pb, pe, pm = (int("".join(rng.choice("123456789") for _ in range(617))) for _ in range(3))
    print("pow(a, e, m) with 2048-bit operands: %.2f ms" % (best(3, 3, lambda: pow(pb, pe, pm)) * 1e3))
    big = int("".join(rng.choice("123456789") for _ in range(20000)))
    print("isqrt of a 20000-digit number: %.2f ms" % (best(3, 3, lambda: math.isqrt(big)) * 1e3))
    start = time.process_time()
    digits = pi_digits(4800)
    print("pi 4800 digits: %.3f s CPU, digit sum %d" % (time.process_time() - start, sum(digits)))


if __name__ == "__main__":
    main()
