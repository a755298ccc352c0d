# Ends in an uncaught NameError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
numbers = [3, 1, 2]
print(sorted(numbers))
print(len(numbers))


def stats(seq):
    lo = min(seq)
    hi = max(seq)
    mean = sum(seq) / len(seq)
    return lo, hi, mean


print(stats(numbers))
print(lenght(numbers))
