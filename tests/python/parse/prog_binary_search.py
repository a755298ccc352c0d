# Binary search variants: exact match, leftmost and rightmost insertion points (checked
# against a linear scan), searching a rotated array, and integer square roots.
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def search_rotated(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[lo] <= a[mid]:
            lo, hi = (lo, mid - 1) if a[lo] <= x < a[mid] else (mid + 1, hi)
        else:
            lo, hi = (mid + 1, hi) if a[mid] < x <= a[hi] else (lo, mid - 1)
    return -1


def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if mid * mid <= n else (lo, mid)
    return lo


data = [1, 2, 2, 2, 5, 7, 7, 9]
for x in (0, 2, 3, 7, 10):
    left, right = bisect_left(data, x), bisect_right(data, x)
    assert left == sum(v < x for v in data) and right == sum(v <= x for v in data)
    print(x, left, right, right - left)
rotated = [15, 18, 22, 3, 5, 8, 11]
print([search_rotated(rotated, x) for x in (15, 22, 3, 11, 4)])
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 20, 2 ** 101)])
