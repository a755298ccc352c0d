# List sorting: pseudo-random integers, tuples and strings sorted with sorted(), list.sort,
# key functions and reverse=True; then merged by hand and searched by binary search. All
# sort keys are distinct or decide the order completely, so an unstable sort agrees too.
# Checksum: weighted sums of the sorted orders.

class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state >> 4


def weighted(values):
    total = 0
    for i, v in enumerate(values):
        total = (total + (i % 97 + 1) * v) % 1000000007
    return total


def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def bisect(values, x):
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


N = 160000  # quick: 16000
rng = Lcg(7)
numbers = [rng.next() for _ in range(N)]
ascending = sorted(numbers)
print("ints", weighted(ascending), ascending[0], ascending[-1])
descending = sorted(numbers, reverse=True)
print("reversed", weighted(descending))
by_digits = sorted(numbers, key=lambda v: (v % 1000, v))
print("key", weighted(by_digits))

pairs = [(v % 100, -v) for v in numbers]
pairs.sort()
print("tuples", weighted([b for a, b in pairs]) % 1000000007)

words = ["w%x" % (v % 65536) + chr(97 + v % 26) for v in numbers[: N // 2]]
words.sort()
print("strings", words[0], words[len(words) // 2], words[-1], weighted([len(w) for w in words]))
words.sort(key=lambda w: (len(w), "".join(reversed(w))))
print("by length", words[0], words[-1])

half = N // 2
merged = merge(sorted(numbers[:half]), sorted(numbers[half:]))
print("merge", merged == ascending)
hits = 0
for k in range(0, N, 3):
    probe = numbers[k]
    pos = bisect(ascending, probe)
    if ascending[pos] == probe:
        hits += pos % 13
print("bisect", hits)

chunks = [ascending[i:i + 1000] for i in range(0, N, 1000)]
chunks.sort(reverse=True)
print("chunks", len(chunks), chunks[0][0], chunks[-1][-1])
