# Permutations: for every permutation of 0..n-1 (Heap's algorithm, iteratively, from two
# start orders), count the prefix reversals ("pancake flips") until 0 comes first.
# Checksum: the maximum flip count and an alternating sum of flip counts in generation order.

def count_flips(perm, work):
    n = len(perm)
    for i in range(n):
        work[i] = perm[i]
    flips = 0
    first = work[0]
    while first:
        lo = 0
        hi = first
        while lo < hi:
            work[lo], work[hi] = work[hi], work[lo]
            lo += 1
            hi -= 1
        flips += 1
        first = work[0]
    return flips


def fannkuch(start):
    n = len(start)
    perm = list(start)
    work = [0] * n
    counters = [0] * n
    max_flips = count_flips(perm, work)
    checksum = max_flips
    sign = -1
    i = 1
    while i < n:
        if counters[i] < i:
            if i & 1:
                j = counters[i]
            else:
                j = 0
            perm[j], perm[i] = perm[i], perm[j]
            flips = count_flips(perm, work)
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
            sign = -sign
            counters[i] += 1
            i = 1
        else:
            counters[i] = 0
            i += 1
    return max_flips, checksum


N = 9  # quick: 7
print("fannkuch", N, "from identity", *fannkuch(list(range(N))))
print("fannkuch", N, "from reversed", *fannkuch(list(range(N - 1, -1, -1))))
