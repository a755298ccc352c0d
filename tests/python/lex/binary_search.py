# Binary search, iterative and recursive, with bisect-style insertion points.
def search(items, target):
    """Return the index of *target* in sorted *items*, or -1."""
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def insertion_point(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items)
    if lo >= hi:
        return lo
    mid = (lo + hi) >> 1
    if items[mid] < target:
        return insertion_point(items, target, mid + 1, hi)
    return insertion_point(items, target, lo, mid)


data = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
print([search(data, t) for t in (2, 13, 29, 4, 100)])
print([insertion_point(data, t) for t in (0, 2, 4, 29, 30)])
